import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a content folder for the preview benchmark (bench/reload.sh): a copy of the example
 * site (its configuration refers to some of its items) plus N generated valid items spread over
 * its boards and over the policy, notice, procedure, commitment and supervision types.
 *
 * <p>A minimal stand-in for the fuller generator being written on the bench branch
 * (bench/gen-site); named differently so the two can live side by side.
 *
 * <p>Run from the repository root: {@code java bench/GenItems.java OUT_DIR N}
 */
public class GenItems {

    private static final List<String> BOARDS = List.of("street", "dongsi", "xinhua", "liuyin");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/GenItems.java OUT_DIR N");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path example = Path.of("content");
        try (var walk = Files.walk(example)) {
            for (Path p : walk.toList()) {
                Path to = out.resolve(example.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            String board = BOARDS.get(i % BOARDS.size());
            LocalDate published = first.plusDays(i % 1000);
            String[] typeAndText = item(i, published);
            Path file = out.resolve(board + "/" + typeAndText[0] + "/item-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, typeAndText[1]);
        }
        System.out.println("wrote the example site and " + n + " items into " + out);
    }

    private static String[] item(int i, LocalDate published) {
        String head = "---\ntitle: 测试事项第" + i + "号\npublished: " + published + "\n";
        String body = "---\n第" + i + "号事项的正文。本段文字用于基准测试，长度与真实公告相近，"
                + "包含一个列表：\n\n- 第一项\n- 第二项\n\n| 项目 | 金额 |\n|---|---|\n| 甲 | 100 |\n";
        return switch (i % 5) {
            case 0 -> new String[] {"policy", head + "doc_no: 测街发〔2026〕" + i + "号\n" + body};
            case 1 -> new String[] {"notice", head + "posting:\n  start: " + published
                    + "\n  days: 7\nobjections:\n  contact: 民政科\n  phone: \"010-65212350\"\n"
                    + body};
            case 2 -> new String[] {"procedure", head + """
                    applicants: 个人
                    conditions: [本街道户籍居民]
                    materials:
                      - {name: 居民身份证, form: 原件, count: 1}
                    steps: [提交申请, 审核, 办结]
                    time_limit: 5个工作日
                    statutory_time_limit: 20个工作日
                    fee: 不收费
                    legal_basis: [《社会救助暂行办法》第十一条]
                    location: 和平街12号便民服务大厅
                    hours: 周一至周五 8:30-17:00（法定节假日除外）
                    phone: "010-65212346"
                    complaint_phone: "010-65212345"
                    """ + body};
            case 3 -> new String[] {"commitment",
                    head + "commitments: [首问负责，不推诿, 一次性告知所需材料]\n" + body};
            default -> new String[] {"supervision", head + "inspected: " + published
                    + "\nperiod: 第" + i + "期\ninspector: 街道政务公开监督小组\n" + body};
        };
    }
}

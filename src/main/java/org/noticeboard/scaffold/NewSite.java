package org.noticeboard.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Messages;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SampleSite;

/**
 * {@code noticeboard init}: a complete new site in an empty folder, outside the tool's
 * repository. It holds the content (site.yaml with the office's details or clearly marked
 * placeholders, the disclosure catalogue, one example item per type), a .gitignore and the
 * deploy recipe the office picked; no theme and no holiday file, both built into the tool.
 * The files come from the tool's resources ({@code scaffold/site/}), with the office's values
 * written in.
 */
public final class NewSite {

    private static final String RESOURCES = "/org/noticeboard/scaffold/site/";
    private static final String BOARD = "street";

    /** Where a site is published from. */
    public enum Deploy {
        GITHUB("deploy/github.yml", ".github/workflows/publish.yml"),
        GITLAB("deploy/gitlab.yml", ".gitlab-ci.yml"),
        RSYNC("deploy/rsync.sh", "deploy.sh"),
        NONE(null, null);

        private final String resource;
        private final String target;

        Deploy(String resource, String target) {
            this.resource = resource;
            this.target = target;
        }
    }

    /**
     * What the office said about itself; each absent value becomes a placeholder.
     *
     * @param name the office, e.g. 青石街道办事处
     */
    public record Office(Optional<String> name, Optional<String> hotline,
            Optional<String> address, Optional<String> officeHours) {}

    /** The folder was not empty (or not a folder): nothing was written. */
    public static final class Refused extends Exception {
        private final transient Message said;

        Refused(Message said) {
            super(Messages.of(Language.EN).message(said));
            this.said = said;
        }

        /** The rule id and values, to say it in the editor's language. */
        public Message said() {
            return said;
        }
    }

    /** Writes the site into {@code folder}; returns the files written, in order. */
    public List<Path> create(Path folder, Office office, Deploy deploy, LocalDate today)
            throws IOException, Refused {
        refuseUnlessEmpty(folder);
        Map<String, String> values = values(office, today);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "site.yaml");
        for (ContentType type : ContentType.values()) {
            files.put("content/" + BOARD + "/" + type.id() + "/example-" + type.id() + ".md",
                    "items/" + type.id() + ".md");
        }
        files.put(".gitignore", "gitignore");
        if (deploy != Deploy.NONE) {
            files.put(deploy.target, deploy.resource);
        }
        List<Path> written = new ArrayList<>();
        for (var file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, fill(resource(file.getValue()), values),
                    StandardCharsets.UTF_8);
            if (file.getKey().endsWith(".sh")) {
                target.toFile().setExecutable(true);
            }
            written.add(target);
        }
        return written;
    }

    private static void refuseUnlessEmpty(Path folder) throws IOException, Refused {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refused(Message.of("cli-init-file", "folder", folder));
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new Refused(Message.of("cli-init-not-empty", "folder", folder));
                }
            }
        }
    }

    /** The values written into the files, as YAML scalars (quoted where they are text). */
    private static Map<String, String> values(Office office, LocalDate today) {
        String name = office.name().orElse(SampleSite.PLACEHOLDER + "：本单位全称（如 青石街道办事处）");
        String title = office.name().map(n -> n.replaceAll("办事处$", "") + "政务公开")
                .orElse(SampleSite.PLACEHOLDER + "：网站名称（如 青石街道政务公开）");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", quoted(title));
        v.put("name", quoted(name));
        v.put("hotline", quoted(office.hotline()
                .orElse(SampleSite.PLACEHOLDER + "：监督举报电话（如 010-65212345）")));
        v.put("address", quoted(office.address()
                .orElse(SampleSite.PLACEHOLDER + "：办公地址（如 青石路1号便民服务大厅）")));
        v.put("office_hours", quoted(office.officeHours()
                .orElse(SampleSite.PLACEHOLDER + "：办公时间（如 周一至周五 8:30-17:30）")));
        // an item's field cannot hold a placeholder (it would not build): until the office
        // gives its own, the example items (titled 【示例】, so the site stays marked as a
        // sample) say so in words, with a phone number no one can dial
        v.put("phone", quoted(office.hotline().orElse("000-00000000")));
        v.put("item_office", quoted(office.name().orElse("本单位（示例）")));
        v.put("item_address", quoted(office.address().orElse("本单位便民服务大厅（示例）")));
        v.put("item_hours", quoted(office.officeHours().orElse("周一至周五 8:30-17:30，法定节假日休息（示例）")));
        v.put("today", today.toString());
        return v;
    }

    /** A YAML double-quoted scalar: any office name or address is read back as written. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String fill(String template, Map<String, String> values) {
        String out = template;
        for (var v : values.entrySet()) {
            out = out.replace("${" + v.getKey() + "}", v.getValue());
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewSite.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the tool was built without " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

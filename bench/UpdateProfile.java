import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.build.SessionUpdate;
import org.noticeboard.build.StageTimes;

/**
 * Where a preview update's time goes: builds a session in this JVM (no HTTP, no watcher), then
 * ROUNDS times changes one item's title and updates, and prints the median of each stage and
 * of each page group in each copy of the site (groups run side by side, so their times
 * overlap; "render" is the wall time of them all).
 *
 * <p>Run from the repository root after {@code ./noticeboard --version} (which builds the jar),
 * on a copy of the content (it edits the item and puts it back):
 * {@code java -Xmx4g -cp target/noticeboard.jar bench/UpdateProfile.java CONTENT ITEM [ROUNDS]}
 */
public class UpdateProfile {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        String item = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int warmUp = 5;
        BuildSession session = new BuildSession(new BuildOptions(content,
                content.resolveSibling("unused-output"), Path.of("themes/default"),
                Optional.empty(), ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0,
                        ZoneId.of("Asia/Shanghai")), false));
        long t0 = System.nanoTime();
        SessionUpdate first = session.build();
        System.out.printf(Locale.ROOT, "first build: %d ms, %d files, ok=%s%n",
                (System.nanoTime() - t0) / 1_000_000, session.files().size(), first.ok());
        Path file = content.resolve(item + ".md");
        String original = Files.readString(file);
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        List<Long> totals = new ArrayList<>();
        List<Integer> rendered = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = 0;
        try {
            for (int i = 0; i < warmUp + rounds; i++) {
                Files.writeString(file, original.replaceFirst("(?m)^title: (.*)$",
                        "title: $1基准" + i));
                SessionUpdate update = session.update(List.of(file));
                if (!update.ok()) {
                    throw new IllegalStateException(update.diagnostics().toString());
                }
                if (i < warmUp) {
                    cpuBefore = os.getProcessCpuTime();
                    continue;
                }
                totals.add(update.nanos() / 1_000_000);
                rendered.add(update.rendered());
                for (StageTimes.Stage s : update.times().stages()) {
                    stages.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.millis());
                }
            }
        } finally {
            Files.writeString(file, original);
        }
        long cpu = (os.getProcessCpuTime() - cpuBefore) / 1_000_000 / rounds;
        System.out.printf(Locale.ROOT, "update after a title edit of %s: %d rounds (after %d "
                + "warm-up), median %d ms, min %d ms, max %d ms, CPU %d ms per update (all "
                + "threads); %d files rendered%n", item, rounds, warmUp, median(totals),
                Collections.min(totals), Collections.max(totals), cpu,
                rendered.get(rendered.size() / 2));
        stages.forEach((name, ms) -> System.out.printf(Locale.ROOT, "  %-40s %6d ms%n", name,
                median(ms)));
        System.out.printf(Locale.ROOT, "load average %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

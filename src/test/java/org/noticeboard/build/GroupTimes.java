package org.noticeboard.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.noticeboard.addresses.Addresses;
import org.noticeboard.assemble.SiteAssembler;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.config.HolidayLoader;
import org.noticeboard.datapages.DataSetLoader;
import org.noticeboard.datapages.DataSets;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.RenderCache;
import org.noticeboard.render.SiteRenderer;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.render.Theme;
import org.noticeboard.render.ThemeLoader;

/**
 * A measurement, not a test: how long each page group outside the website's own pages takes,
 * per copy of the site, in a full render and in preview updates after one item's title changes
 * (the preview server's path: the session's sources, {@link AffectedPages}, a {@link RenderCache}
 * carried from build to build). The groups run one after another, timed each, beside the
 * website's pages. Then the same edits through a real {@link BuildSession}, timed whole.
 *
 * <pre>
 * mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.noticeboard.build.GroupTimes CONTENT ITEM_FILE [ROUNDS]
 * </pre>
 * (write target/cp.txt once with {@code mvn -q -o dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}). ITEM_FILE is relative to CONTENT, e.g.
 * {@code street/notice/water-cut-2026-12.md}.
 */
public final class GroupTimes {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** group → copy → CPU nanoseconds of the rendering thread, for one render. */
    private final Map<String, Map<String, AtomicLong>> times = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        Path file = content.resolve(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String original = Files.readString(file);
        try {
            new GroupTimes().run(content, file, original, rounds);
        } finally {
            Files.writeString(file, original);
        }
    }

    private void run(Path content, Path file, String original, int rounds) throws Exception {
        Diagnostics d = new Diagnostics();
        MarkdownEngine markdown = new MarkdownEngine();
        SiteConfig config = new ConfigLoader().load(content, "content", d).orElseThrow();
        WorkingCalendar calendar = new HolidayLoader().load(content, "content",
                config.holidaysFile(), d);
        DataSets data = new DataSetLoader().load(content, "content", d);
        Theme theme = new ThemeLoader().load(Path.of("themes/default"), d).orElseThrow();
        TemplateEngine engine = new TemplateEngine(theme);
        SessionSources sources = new SessionSources(content, "content", markdown);
        sources.readAll(true);
        sources.validate(config, true);
        Site site = assemble(config, calendar, sources);
        List<Pages> groups = OutputGroups.all(data, Addresses.NONE).stream()
                .filter(g -> !g.getClass().getPackageName().endsWith(".print")).toList();
        SiteRenderer renderer = new SiteRenderer(theme, engine, markdown,
                List.of(new Timed(groups)));
        for (int warm = 0; warm < 2; warm++) {
            times.clear();
            long t0 = System.nanoTime();
            renderer.render(site, ChangeHistory.none(), new Diagnostics(), p -> true,
                    new RenderCache());
            report("full render " + (warm + 1), System.nanoTime() - t0);
        }
        RenderCache cache = new RenderCache();
        renderer.render(site, ChangeHistory.none(), new Diagnostics(), p -> true, cache);
        Map<String, Map<String, List<Long>>> all = new TreeMap<>();
        for (int i = 0; i < rounds; i++) {
            Files.writeString(file, retitled(original, "测量" + i));
            sources.refresh(file);
            sources.validate(config, false);
            Site next = assemble(config, calendar, sources);
            AffectedPages affected = AffectedPages.between(site.byId(), next.byId(), config,
                    OutputGroups.all(data, Addresses.NONE));
            cache = cache.next();
            times.clear();
            long t0 = System.nanoTime();
            renderer.render(next, ChangeHistory.none(), new Diagnostics(), affected, cache);
            long total = System.nanoTime() - t0;
            times.forEach((g, byCopy) -> byCopy.forEach((c, n) -> all
                    .computeIfAbsent(g, k -> new TreeMap<>())
                    .computeIfAbsent(c, k -> new ArrayList<>()).add(n.get())));
            all.computeIfAbsent("(whole render, with website pages)", k -> new TreeMap<>())
                    .computeIfAbsent("all", k -> new ArrayList<>()).add(total);
            site = next;
        }
        System.out.println("== preview updates, median of " + rounds + " (ms)");
        all.forEach((g, byCopy) -> System.out.printf(Locale.ROOT, "%-36s %s%n", g,
                String.join("  ", byCopy.entrySet().stream().map(e -> String.format(
                        Locale.ROOT, "%s %.1f", e.getKey().isEmpty() ? "main" : e.getKey(),
                        median(e.getValue()) / 1e6)).toList())));
        session(content, file, original, rounds);
    }

    private static void session(Path content, Path file, String original, int rounds)
            throws Exception {
        BuildSession session = new BuildSession(new BuildOptions(content, Path.of("unused"),
                Path.of("themes/default"), Optional.empty(), NOW, false));
        SessionUpdate first = session.build();
        System.out.printf(Locale.ROOT, "BuildSession.build: %d ms, ok %s, %d files%n",
                first.millis(), first.ok(), first.rendered());
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Files.writeString(file, retitled(original, "会话" + i));
            SessionUpdate update = session.update(List.of(file));
            nanos.add(update.nanos());
            if (!update.ok()) {
                throw new IllegalStateException(update.diagnostics().toString());
            }
        }
        System.out.printf(Locale.ROOT, "BuildSession.update, whole: median %.0f ms of %d%n",
                median(nanos) / 1e6, rounds);
    }

    /** The file with {@code mark} added to its title (quoted or not). */
    private static String retitled(String file, String mark) {
        return file.replaceFirst("(?m)^title: (\"?)(.*?)(\"?)$", "title: $1$2 " + mark + "$3");
    }

    private static Site assemble(SiteConfig config, WorkingCalendar calendar,
            SessionSources sources) {
        return new SiteAssembler().assemble(config, calendar, sources.validated(),
                NOW.toLocalDate(), NOW, new Diagnostics());
    }

    private void report(String title, long total) {
        System.out.printf(Locale.ROOT, "== %s: %.0f ms (with website pages)%n", title,
                total / 1e6);
        new TreeMap<>(times).forEach((g, byCopy) -> System.out.printf(Locale.ROOT,
                "%-36s %s%n", g, String.join("  ", new TreeMap<>(byCopy).entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %.1f",
                                e.getKey().isEmpty() ? "main" : e.getKey(),
                                e.getValue().get() / 1e6)).toList())));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The groups one after another, each timed, for each copy of the site. */
    private final class Timed implements Pages {

        private final List<Pages> groups;

        Timed(List<Pages> groups) {
            this.groups = groups;
        }

        @Override
        public List<OutputFile> render(PageWriter pages) {
            List<OutputFile> out = new ArrayList<>();
            for (Pages group : groups) {
                // CPU time of this thread: the website's pages render beside it, on a busy
                // machine; work a group hands to other threads is not counted
                long t0 = CPU.getCurrentThreadCpuTime();
                out.addAll(group.render(pages));
                times.computeIfAbsent(group.getClass().getSimpleName(),
                                k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(pages.edition().prefix(), k -> new AtomicLong())
                        .addAndGet(CPU.getCurrentThreadCpuTime() - t0);
            }
            return out;
        }
    }
}

package org.noticeboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;

/**
 * A small site written inline in a test: files given as {@code "path" -> "text"} on top of a
 * minimal valid {@code site.yaml}, built with the real pipeline and the default theme.
 */
public final class TestSite {

    public static final String SITE_YAML = """
            title: 测试街道政务公开
            organisation: 测试街道办事处
            hotline: "010-65212345"
            index_prefix: "TEST"
            boards:
              - slug: street
                name: 测试街道办事处
                kind: street-office
                address: 测试路1号
                office_hours: 周一至周五 8:30-17:30
                hotline: "010-65212345"
              - slug: east
                name: 东社区居委会
                address: 东路2号
                office_hours: 周一至周五 9:00-17:00
                hotline: "010-65212399"
            """;

    public static final String HOLIDAYS = """
            2026:
              holidays: [2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]
              workdays: [2026-09-20, 2026-10-10]
            """;

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, byte[]> binaries = new LinkedHashMap<>();
    private LocalDate today = LocalDate.of(2026, 11, 29);
    private Optional<String> baseUrl = Optional.empty();
    private Path theme = Projects.theme();
    private Optional<LocalDate> printedSince = Optional.empty();

    private TestSite(Path root) {
        this.root = root;
        files.put("site.yaml", SITE_YAML);
        files.put("data/holidays.yaml", HOLIDAYS);
    }

    public static TestSite in(Path tempDir) {
        return new TestSite(tempDir);
    }

    public TestSite file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** A file given as raw bytes (invalid UTF-8, odd line ends), written as is. */
    public TestSite bytes(String path, byte[] content) {
        files.remove(path);
        binaries.put(path, content.clone());
        return this;
    }

    public TestSite without(String path) {
        files.remove(path);
        return this;
    }

    public TestSite today(LocalDate date) {
        this.today = date;
        return this;
    }

    public TestSite baseUrl(String url) {
        this.baseUrl = Optional.of(url);
        return this;
    }

    /** The week's change sheets cover every posting week from {@code day}'s on. */
    public TestSite printedSince(LocalDate day) {
        this.printedSince = Optional.of(day);
        return this;
    }

    /** Builds with the theme at {@code folder} instead of the default theme. */
    public TestSite theme(Path folder) {
        this.theme = folder;
        return this;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("site");
    }

    /** Writes the files and builds; the result holds every diagnostic. */
    public BuildResult build() {
        return run(true);
    }

    /** Validates and renders without writing output (as {@code noticeboard check}). */
    public BuildResult check() {
        return run(false);
    }

    private BuildResult run(boolean publish) {
        try {
            writeFiles();
            ZonedDateTime now = today.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai"));
            return new Build().run(new BuildOptions(content(), output(), theme,
                    baseUrl, now, publish, true, printedSince));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeFiles() throws IOException {
        for (var e : files.entrySet()) {
            Path p = content().resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        for (var e : binaries.entrySet()) {
            Path p = content().resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }

    /** A page of the built site, parsed. */
    public Document page(String path) {
        try {
            Path p = output().resolve(path);
            return Jsoup.parse(p.toFile(), "UTF-8", p.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnostics in their one-line form, for exact assertions. */
    public static List<String> lines(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::oneLine).toList();
    }
}

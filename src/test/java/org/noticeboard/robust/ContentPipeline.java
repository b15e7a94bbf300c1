package org.noticeboard.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.noticeboard.assemble.SiteAssembler;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.config.HolidayLoader;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.parse.ContentParser;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.render.Theme;
import org.noticeboard.render.ThemeLoader;
import org.noticeboard.render.Urls;
import org.noticeboard.render.ViewFactory;
import org.noticeboard.render.view.PageView;
import org.noticeboard.source.SourceFile;
import org.noticeboard.source.TextDecoder;
import org.noticeboard.validate.FileValidator;
import org.noticeboard.validate.ValidatedFile;

/**
 * The real stages a content file goes through — decode, parse, validate, assemble with the rest
 * of the example site, then render its item page and card — loaded once and run per input, so a
 * fuzz campaign can try thousands of files in seconds. Everything but the file under test is the
 * example content, parsed once.
 */
final class ContentPipeline {

    static final ZonedDateTime NOW =
            LocalDate.of(2026, 11, 29).atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai"));

    private final MarkdownEngine markdown = new MarkdownEngine();
    private final ContentParser parser = new ContentParser(markdown);
    private final SiteConfig config;
    private final WorkingCalendar calendar;
    private final FileValidator validator;
    private final Map<String, ValidatedFile> example = new HashMap<>();
    private final Theme theme;
    private final TemplateEngine templates;
    /** The content folder: bodies link to files beside them (attachments). */
    private final Path content;

    ContentPipeline(Path content, Path themeDir, String rawHtml) throws IOException {
        this.content = content.toAbsolutePath().normalize();
        Diagnostics setup = new Diagnostics();
        this.config = config(content, rawHtml, setup);
        this.calendar = new HolidayLoader().load(content, "content", config.holidaysFile(), setup);
        this.validator = new FileValidator(config);
        this.theme = new ThemeLoader().load(themeDir, setup).orElseThrow();
        this.templates = new TemplateEngine(theme);
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                String rel = content.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("data/")) {
                    continue;
                }
                validated(rel, Files.readAllBytes(p), setup).ifPresent(v -> example.put(rel, v));
            }
        }
        if (setup.hasErrors()) {
            throw new IllegalStateException("example content has errors: " + setup.sorted());
        }
    }

    /** The example's site.yaml with its raw-HTML policy set to {@code rawHtml}. */
    private static SiteConfig config(Path content, String rawHtml, Diagnostics setup)
            throws IOException {
        Path dir = Files.createTempDirectory("noticeboard-config");
        try {
            String yaml = Files.readString(content.resolve("site.yaml"))
                    .replaceAll("(?m)^raw_html:.*$", "") + "\nraw_html: " + rawHtml + "\n";
            Files.writeString(dir.resolve("site.yaml"), yaml);
            return new ConfigLoader().load(dir, "content", setup).orElseThrow();
        } finally {
            Files.deleteIfExists(dir.resolve("site.yaml"));
            Files.deleteIfExists(dir);
        }
    }

    /** The relative paths of the example's content files, in a stable order. */
    List<String> examplePaths() {
        return example.keySet().stream().sorted().toList();
    }

    /**
     * Runs {@code bytes} as the file {@code relative} (replacing the example's file of that name)
     * through every stage; returns the diagnostics. Throws whatever a stage throws.
     */
    List<Diagnostic> run(String relative, byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        var file = validated(relative, bytes, diagnostics);
        if (file.isEmpty()) {
            return diagnostics.sorted();
        }
        Map<String, ValidatedFile> all = new HashMap<>(example);
        all.put(relative, file.get());
        List<ValidatedFile> files = new ArrayList<>(all.values());
        Site site = new SiteAssembler().assemble(config, calendar, files, NOW.toLocalDate(), NOW,
                diagnostics);
        if (!diagnostics.hasErrors()) {
            site.item(file.get().id()).ifPresent(item -> render(site, item));
        }
        return diagnostics.sorted();
    }

    private java.util.Optional<ValidatedFile> validated(String relative, byte[] bytes,
            Diagnostics diagnostics) {
        String display = "content/" + relative;
        var decoded = new TextDecoder().decode(bytes);
        if (decoded.text().isEmpty()) {
            diagnostics.error(new org.noticeboard.diag.Position(display, decoded.badLine(), 0), "",
                    "file is not valid UTF-8 text", "");
            return java.util.Optional.empty();
        }
        SourceFile source = new SourceFile(relative, display, content.resolve(relative),
                decoded.text().get());
        return parser.parse(source, diagnostics)
                .flatMap(parsed -> validator.validate(parsed, diagnostics));
    }

    /** The item's page (as WebPages writes it) and its card, rendered and returned as HTML. */
    String render(Site site, Item item) {
        String lang = site.config().language();
        Map<String, String> t = theme.messages(lang);
        ViewFactory views = new ViewFactory(site, t, lang, markdown);
        String path = Urls.item(item);
        String root = Urls.root(path);
        Map<String, Object> context = new HashMap<>();
        context.put("item", views.item(item, root));
        context.put("page", new PageView(lang, root, path, item.board(), item.title(), "",
                List.of(), t, false, List.of(), ""));
        context.put("site", views.site(root));
        views.card(item, root);
        return new String(templates.render("item", context), StandardCharsets.UTF_8);
    }
}

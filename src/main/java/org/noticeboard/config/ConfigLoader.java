package org.noticeboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.noticeboard.model.RawHtml;
import org.noticeboard.model.Timeliness;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Board;
import org.noticeboard.model.Contact;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.SiteParams;
import org.noticeboard.parse.SafeYamlLoader;
import org.noticeboard.schema.Fields;
import org.noticeboard.schema.SchemaValidator;
import org.noticeboard.source.TextDecoder;

/** The config stage: reads and validates {@code site.yaml}. */
public final class ConfigLoader {

    public static final String FILE = "site.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
    private static final Set<String> RESERVED = Set.of("data", "assets", "print", "search",
            "archive", "feeds", "catalogue", "calendar", "en", "zh-cn", "large", "files");
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    public Optional<SiteConfig> load(Path contentRoot, String displayRoot, Diagnostics diagnostics) {
        Path file = contentRoot.resolve(FILE);
        String display = displayRoot + "/" + FILE;
        if (!Files.isRegularFile(file)) {
            diagnostics.error(Position.of(display), "", Message.of("site-config-missing",
                    "file", display));
            return Optional.empty();
        }
        String text;
        try {
            var decoded = new TextDecoder().decode(Files.readAllBytes(file));
            if (decoded.text().isEmpty()) {
                diagnostics.error(new Position(display, decoded.badLine(), 0), "",
                        Message.of("not-utf8"));
                return Optional.empty();
            }
            text = decoded.text().get();
        } catch (IOException e) {
            diagnostics.error(Position.of(display), "", Message.of("file-unreadable",
                    "problem", e.getMessage()));
            return Optional.empty();
        }
        var doc = new SafeYamlLoader().load(text, display, 0, diagnostics);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        var fields = SchemaValidator.allowingSamples().validate(doc.get(), ConfigSchema.site(),
                display,
                diagnostics);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        List<Board> boards = f.maps("boards").stream().map(ConfigLoader::board).toList();
        if (!boardsAreValid(boards, doc.get(), display, diagnostics)) {
            return Optional.empty();
        }
        var catalogue = new CatalogueReader(doc.get(), display, boards)
                .read(f.maps("catalogue"), diagnostics);
        if (catalogue.isEmpty()) {
            return Optional.empty();
        }
        String language = f.has("language") ? f.text("language") : "zh-CN";
        List<String> languages = languages(f, language, doc.get(), display, diagnostics);
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        String baseUrl = f.text("base_url");
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        return Optional.of(new SiteConfig(
                f.text("title"),
                f.text("title_en"),
                f.text("organisation"),
                language,
                baseUrl,
                f.text("hotline"),
                f.texts("public_contacts"),
                f.has("index_prefix") ? f.text("index_prefix") : "NB",
                Map.of("notice", f.map("minimum_posting_days").integer("notice", 7)),
                f.has("holidays") ? f.text("holidays") : "data/holidays.yaml",
                RawHtml.of(f.has("raw_html") ? f.text("raw_html") : "refuse"),
                boards,
                catalogue.get(), languages, f.flag("large_text"),
                f.map("attachments").integer("max_size_mb",
                        SiteConfig.DEFAULT_ATTACHMENT_MAX_MB), params(f.map("params")),
                f.has("paper") ? f.text("paper") : "A4",
                timeliness(f.map("timeliness"), boards, doc.get(), display, diagnostics)));
    }

    /** The 公开时限 check's scope; community boards only when listed. */
    private static Optional<Timeliness> timeliness(Fields t, List<Board> boards,
            org.noticeboard.parse.YamlDocument doc, String display, Diagnostics diagnostics) {
        if (!t.has("from")) {
            return Optional.empty();
        }
        List<String> slugs = boards.stream().map(Board::slug).toList();
        List<String> listed = t.texts("boards");
        for (int i = 0; i < listed.size(); i++) {
            if (!slugs.contains(listed.get(i))) {
                String path = "timeliness.boards." + i;
                diagnostics.error(new Position(display, doc.lineOf(path), doc.columnOf(path)),
                        path, Message.of("timeliness-unknown-board", "board", listed.get(i),
                                "known", String.join(", ", slugs)));
            }
        }
        List<String> checked = listed.isEmpty() ? boards.stream()
                .filter(b -> b.kind().equals("street-office")).map(Board::slug).toList() : listed;
        return Optional.of(new Timeliness(t.date("from").orElseThrow(), checked));
    }

    /** The site's languages, its default first; empty after reporting a wrong entry. */
    private static List<String> languages(Fields f, String language,
            org.noticeboard.parse.YamlDocument doc, String display, Diagnostics diagnostics) {
        List<String> listed = f.texts("languages");
        for (int i = 0; i < listed.size(); i++) {
            String path = "languages." + i;
            Position at = new Position(display, doc.lineOf(path), doc.columnOf(path));
            if (!LANGUAGES.contains(listed.get(i))) {
                diagnostics.error(at, path, Message.of("language-unsupported",
                        "language", listed.get(i), "languages", String.join(", ", LANGUAGES)));
                return List.of();
            }
        }
        if (!listed.isEmpty() && !listed.get(0).equals(language)) {
            diagnostics.error(new Position(display, doc.lineOf("languages"), 1), "languages",
                    Message.of("languages-first", "language", language));
            return List.of();
        }
        List<String> all = new java.util.ArrayList<>(List.of(language));
        listed.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return List.copyOf(all);
    }

    private static SiteParams params(Fields p) {
        return new SiteParams(p.text("logo"), p.text("site_code"), p.text("icp"),
                p.text("public_security"));
    }

    private static Board board(Fields b) {
        List<Contact> contacts = b.maps("contacts").stream()
                .map(c -> new Contact(c.text("role"), c.text("name"), c.text("phone")))
                .toList();
        return new Board(b.text("slug"), b.text("name"), b.text("name_en"),
                b.has("kind") ? b.text("kind") : "community", b.text("address"),
                b.text("office_hours"), b.text("hotline"),
                b.integer("supervision_interval_days", 92), contacts,
                b.has("posting_day") ? DayOfWeek.valueOf(b.text("posting_day")
                        .toUpperCase(java.util.Locale.ROOT)) : DayOfWeek.MONDAY);
    }

    private static boolean boardsAreValid(List<Board> boards,
            org.noticeboard.parse.YamlDocument doc, String display, Diagnostics diagnostics) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < boards.size(); i++) {
            String slug = boards.get(i).slug();
            String path = "boards." + i + ".slug";
            Position at = new Position(display, doc.lineOf(path), doc.columnOf(path));
            if (!SLUG.matcher(slug).matches() || RESERVED.contains(slug)) {
                diagnostics.error(at, path, Message.of("board-slug-unusable", "slug", slug,
                        "reserved", String.join(", ", RESERVED)));
                ok = false;
            } else if (!seen.add(slug)) {
                diagnostics.error(at, path, Message.of("board-slug-twice", "slug", slug));
                ok = false;
            }
        }
        if (boards.isEmpty()) {
            diagnostics.error(new Position(display, doc.lineOf("boards"), 1), "boards",
                    Message.of("no-boards"));
            ok = false;
        }
        return ok;
    }
}

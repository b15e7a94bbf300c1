package org.noticeboard.validate;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.noticeboard.model.RawHtml;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parse.ParsedFile;
import org.noticeboard.schema.Fields;
import org.noticeboard.schema.Placeholders;
import org.noticeboard.schema.SchemaValidator;
import org.noticeboard.schema.Schemas;
import org.noticeboard.schema.Suggestions;

/**
 * The validate stage for one file: its location names a known board and content type, its front
 * matter fits the type's schema, and its body holds no raw HTML unless the site sanitises it.
 */
public final class FileValidator {

    private final SiteConfig config;
    private final SchemaValidator schema = new SchemaValidator();

    public FileValidator(SiteConfig config) {
        this.config = config;
    }

    public Optional<ValidatedFile> validate(ParsedFile file, Diagnostics diagnostics) {
        String path = file.source().displayPath();
        if (file.folders().size() != 2) {
            diagnostics.error(Position.of(path), "",
                    "content files must be in a board folder and a type folder",
                    "move it to content/<board>/<type>/" + file.slug() + ".md, e.g. content/"
                            + config.boards().get(0).slug() + "/notice/" + file.slug() + ".md");
            return Optional.empty();
        }
        Optional<Board> board = config.board(file.folders().get(0));
        Optional<ContentType> type = ContentType.fromId(file.folders().get(1));
        if (board.isEmpty()) {
            var known = config.boards().stream().map(Board::slug).toList();
            diagnostics.error(Position.of(path), "", "unknown board '" + file.folders().get(0)
                    + "'", Suggestions.closest(file.folders().get(0), known)
                            .map(s -> "did you mean '" + s + "'? ").orElse("")
                            + "boards declared in site.yaml: " + String.join(", ", known));
        }
        if (type.isEmpty()) {
            var known = Arrays.stream(ContentType.values()).map(ContentType::id).toList();
            diagnostics.error(Position.of(path), "", "unknown content type '"
                    + file.folders().get(1) + "'", Suggestions.closest(file.folders().get(1), known)
                            .map(s -> "did you mean '" + s + "'? ").orElse("")
                            + "types: " + String.join(", ", known));
        }
        if (board.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        var fields = schema.validate(file.frontMatter(), Schemas.of(type.get()), path, diagnostics);
        boolean bodyOk = bodyIsAllowed(file, diagnostics) & bodyIsFilledIn(file, diagnostics);
        if (fields.isEmpty() || !typeMatches(file, type.get(), fields.get(), diagnostics)
                || !bodyOk) {
            return Optional.empty();
        }
        return Optional.of(new ValidatedFile(file, board.get(), type.get(), fields.get()));
    }

    private boolean typeMatches(ParsedFile file, ContentType type, Fields fields,
            Diagnostics diagnostics) {
        if (!fields.has("type") || fields.text("type").equals(type.id())) {
            return true;
        }
        var doc = file.frontMatter();
        diagnostics.error(new Position(file.source().displayPath(), doc.lineOf("type"),
                        doc.columnOf("type")), "type",
                "'type: " + fields.text("type") + "' does not match the folder '" + type.id() + "'",
                "move the file to the '" + fields.text("type") + "' folder, or delete the type line");
        return false;
    }

    /** A body still holding the placeholder of {@code noticeboard new} is not finished. */
    private static boolean bodyIsFilledIn(ParsedFile file, Diagnostics diagnostics) {
        if (!file.body().contains(Placeholders.MARK)) {
            return true; // nearly always: the body is split into lines only to say where
        }
        var lines = file.body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(Placeholders.MARK);
            if (column >= 0) {
                diagnostics.error(new Position(file.source().displayPath(),
                                file.bodyLineOffset() + i + 1, column + 1), "body",
                        "the text is still '" + Placeholders.MARK + "': write the item's text",
                        "replace the line with the text of the notice");
                return false;
            }
        }
        return true;
    }

    private boolean bodyIsAllowed(ParsedFile file, Diagnostics diagnostics) {
        if (config.rawHtml() != RawHtml.REFUSE) {
            return true;
        }
        var html = file.bodyFindings().stream()
                .filter(f -> f.kind().equals("html")).collect(Collectors.toList());
        for (var found : html) {
            String snippet = found.value().length() > 40 ? found.value().substring(0, 40) + "…"
                    : found.value();
            diagnostics.error(new Position(file.source().displayPath(),
                            file.bodyLineOffset() + found.line(), found.column()), "body",
                    "raw HTML is not allowed: " + snippet.replace('\n', ' '),
                    "write it in Markdown instead (e.g. **bold**, a table with | columns |), or "
                            + "set 'raw_html: sanitize' in site.yaml");
        }
        return html.isEmpty();
    }
}

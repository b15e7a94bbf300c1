package org.noticeboard.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.noticeboard.model.RawHtml;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
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
            diagnostics.error(Position.of(path), "", Message.of("folder-depth",
                    "slug", file.slug(), "board", config.boards().get(0).slug()));
            return Optional.empty();
        }
        Optional<Board> board = config.board(file.folders().get(0));
        Optional<ContentType> type = ContentType.fromId(file.folders().get(1));
        if (board.isEmpty()) {
            var known = config.boards().stream().map(Board::slug).toList();
            diagnostics.error(Position.of(path), "", suggesting(Message.of("unknown-board",
                    "board", file.folders().get(0), "known", String.join(", ", known)),
                    file.folders().get(0), known));
        }
        if (type.isEmpty()) {
            var known = Arrays.stream(ContentType.values()).map(ContentType::id).toList();
            diagnostics.error(Position.of(path), "", suggesting(Message.of("unknown-type",
                    "type", file.folders().get(1), "known", String.join(", ", known)),
                    file.folders().get(1), known));
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
                Message.of("type-mismatch", "type", fields.text("type"), "folder", type.id()));
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
                        Message.of("body-placeholder", "mark", Placeholders.MARK));
                return false;
            }
        }
        return true;
    }

    /** "did you mean" when a known name is close, else just the list of known names. */
    private static Message suggesting(Message message, String name, List<String> known) {
        return Suggestions.closest(name, known).map(s -> message.with("suggestion", s))
                .orElseGet(() -> message.hint("list"));
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
                    Message.of("raw-html", "html", snippet.replace('\n', ' ')));
        }
        return html.isEmpty();
    }
}

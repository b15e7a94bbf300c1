package org.noticeboard.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Board;
import org.noticeboard.model.CatalogueEntry;
import org.noticeboard.model.StandardColumns;
import org.noticeboard.model.Timeliness;
import org.noticeboard.parse.YamlDocument;
import org.noticeboard.schema.Fields;
import org.noticeboard.schema.Suggestions;

/**
 * Reads the {@code catalogue:} entries of site.yaml, already checked against their schema, and
 * checks what the schema cannot: that the boards they name exist and that only service guides
 * list services.
 */
final class CatalogueReader {

    private final YamlDocument doc;
    private final String display;
    private final List<String> slugs;

    CatalogueReader(YamlDocument doc, String display, List<Board> boards) {
        this.doc = doc;
        this.display = display;
        this.slugs = boards.stream().map(Board::slug).toList();
    }

    /** The entries, or empty after reporting an error. */
    Optional<List<CatalogueEntry>> read(List<Fields> entries, Diagnostics diagnostics) {
        List<CatalogueEntry> out = new ArrayList<>();
        boolean ok = true;
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Fields e = entries.get(i);
            String path = "catalogue." + i;
            List<String> boards = e.texts("boards");
            for (int b = 0; b < boards.size(); b++) {
                if (!slugs.contains(boards.get(b))) {
                    ok = false;
                    Message unknown = Message.of("catalogue-unknown-board", "board",
                            boards.get(b), "known", String.join(", ", slugs));
                    error(path + ".boards." + b, Suggestions.closest(boards.get(b), slugs)
                            .map(s -> unknown.with("suggestion", s))
                            .orElseGet(() -> unknown.hint("list")), diagnostics);
                }
            }
            if (e.has("services") && !e.text("type").equals("procedure")) {
                ok = false;
                error(path + ".services", Message.of("catalogue-services"), diagnostics);
            }
            if (!titles.add(e.text("title") + "\u0000" + e.text("type"))) {
                ok = false;
                error(path + ".title", Message.of("catalogue-entry-twice", "title",
                        e.text("title")), diagnostics);
            }
            List<CatalogueEntry.Service> services = new ArrayList<>();
            List<Fields> listed = e.maps("services");
            for (int s = 0; s < listed.size(); s++) {
                services.add(new CatalogueEntry.Service(listed.get(s).text("slug"),
                        listed.get(s).text("title"), doc.lineOf(path + ".services." + s)));
            }
            int limit = e.integer("time_limit_days", Timeliness.DEFAULT_WORKING_DAYS);
            if (limit < 1) {
                ok = false;
                error(path + ".time_limit_days", Message.of("catalogue-time-limit-days"),
                        diagnostics);
            }
            out.add(new CatalogueEntry(e.text("title"), e.text("type"), boards,
                    e.integer("max_age_days", 0), services, e.text("basis"),
                    doc.lineOf(path + ".title"), e.text("topic"), columns(e), limit));
        }
        return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    private static StandardColumns columns(Fields e) {
        return new StandardColumns(e.text("matter"), e.text("sub_matter"), e.texts("elements"),
                e.text("time_limit"), e.text("subject"), e.texts("channels"),
                e.text("audience"), e.text("mode"), e.texts("levels"));
    }

    private void error(String path, Message message, Diagnostics diagnostics) {
        diagnostics.error(new Position(display, doc.lineOf(path), doc.columnOf(path)), path,
                message);
    }
}

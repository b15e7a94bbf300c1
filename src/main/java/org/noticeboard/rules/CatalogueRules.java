package org.noticeboard.rules;

import java.util.List;
import org.noticeboard.catalogue.CatalogueStatus;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Board;

/** The disclosure catalogue in site.yaml: every board keeps what it must publish, up to date. */
final class CatalogueRules {

    static final Rule MISSING = Rule.error("catalogue-missing",
            "{board}: nothing has been published for '{title}' in the disclosure catalogue",
            "publish a {type} item in content/{board}/{type}/, or leave the board out of the "
                    + "entry's 'boards'");
    static final Rule SERVICE_MISSING = Rule.error("catalogue-service-missing",
            "{board}: no service guide for '{title}' in the disclosure catalogue",
            "write content/{board}/procedure/{slug}.md, or remove the service from the entry");
    static final Rule NO_LONGER_CURRENT = Rule.warning("catalogue-archived",
            "{board}: '{title}' in the disclosure catalogue has only archived items",
            "publish a current one; the last was {last}");
    static final Rule OVERDUE = Rule.warning("catalogue-overdue",
            "{board}: the newest item for '{title}' dates from {last}, more than {max} days ago",
            "publish a newer one; it was due by {due} (公开目录要求每{max}天更新)");

    static final List<Rule> RULES = List.of(MISSING, SERVICE_MISSING, NO_LONGER_CURRENT,
            OVERDUE);

    void check(RuleContext c) {
        String file = c.contentPath("site.yaml");
        for (CatalogueStatus.Row row : new CatalogueStatus(c.site()).all()) {
            String board = c.site().config().board(row.board()).map(Board::slug)
                    .orElse(row.board());
            int line = row.service().map(s -> s.line()).orElse(row.entry().line());
            Position at = new Position(file, line, line > 0 ? 1 : 0);
            Object[] values = {"board", board, "title", row.title(), "type", row.entry().type(),
                "slug", row.service().map(s -> s.slug()).orElse(""),
                "last", row.last().map(Object::toString).orElse(""),
                "due", row.due().map(Object::toString).orElse(""),
                "max", row.entry().maxAgeDays()};
            boolean written = row.service()
                    .map(svc -> c.inError(board + "/procedure/" + svc.slug()))
                    .orElseGet(() -> c.inErrorUnder(board, row.entry().type()));
            if (row.state() == CatalogueStatus.State.MISSING && written) {
                continue; // the file is there; its own errors are what to fix
            }
            switch (row.state()) {
                case MISSING -> c.report(row.service().isPresent() ? SERVICE_MISSING : MISSING,
                        at, "catalogue", values);
                case ARCHIVED -> c.report(NO_LONGER_CURRENT, at, "catalogue", values);
                case OVERDUE -> c.report(OVERDUE, at, "catalogue", values);
                case PUBLISHED -> { }
            }
        }
    }
}

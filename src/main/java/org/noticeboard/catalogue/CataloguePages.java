package org.noticeboard.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.StandardColumns;
import org.noticeboard.render.DateText;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.view.Link;

/**
 * {@code <board>/catalogue.html}: the board's disclosure catalogue (公开目录) in the columns of the
 * 基层政务公开标准目录, with the state of every required item and links to the items that fulfil
 * it, so residents see what is published and what is overdue or missing. One table: a wide
 * screen and paper show it as a table, a phone as one card per row (style.css).
 */
public final class CataloguePages implements Pages, ItemFiles {

    public static String path(String board) {
        return board + "/catalogue.html";
    }

    @Override
    public List<OutputFile> render(PageWriter pages) {
        CatalogueStatus status = new CatalogueStatus(pages.site());
        List<OutputFile> out = new ArrayList<>();
        for (Board board : pages.site().config().boards()) {
            String path = path(board.slug());
            if (!pages.wanted(path)) {
                continue;
            }
            String root = Urls.root(path);
            List<Map<String, Object>> rows = status.rows(board.slug()).stream()
                    .map(r -> row(r, board, root, pages)).toList();
            out.add(pages.write(path, "catalogue",
                    board.name() + " · " + pages.messages().get("catalogue.title"),
                    List.of(new Link(board.name(), root + Urls.board(board.slug()))),
                    Map.of("board", pages.views().board(board, root), "rows", rows)));
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        Set<String> files = new TreeSet<>();
        config.boards().forEach(b -> files.add(path(b.slug())));
        return files;
    }

    /** A board's catalogue looks at that board's items only. */
    @Override
    public Set<String> filesOf(Item item) {
        return Set.of(path(item.board()));
    }

    private static Map<String, Object> row(CatalogueStatus.Row r, Board board, String root,
            PageWriter pages) {
        Map<String, String> t = pages.messages();
        DateText dates = pages.views().dates();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("stateId", r.state().id());
        m.put("state", t.get("catalogue.state." + r.state().id()));
        m.put("itemTitle", r.item().map(i -> i.title()).orElse(
                r.entry().type().equals("hotline") ? board.hotline() : ""));
        m.put("itemUrl", r.item().map(i -> root + Urls.item(i)).orElse(""));
        m.put("last", r.last().map(dates::date).orElse(""));
        m.put("due", r.due().map(dates::date).orElse(""));
        m.put("cycle", r.entry().maxAgeDays() > 0
                ? r.entry().maxAgeDays() + t.get("unit.days") : "");
        m.put("basis", r.entry().basis());
        StandardColumns c = r.entry().columns();
        m.put("matter", c.matter());
        m.put("subMatter", c.subMatter());
        m.put("elements", String.join("、", c.elements()));
        m.put("timeLimit", r.entry().type().equals("hotline") ? "" : !c.timeLimit().isEmpty()
                ? c.timeLimit() : t.get("catalogue.time_limit.default")
                        .replace("{days}", String.valueOf(r.entry().timeLimitDays())));
        m.put("subject", c.subject().isEmpty() ? board.name() : c.subject());
        m.put("channels", String.join("、", c.channels()));
        m.put("audience", c.audience());
        m.put("mode", c.mode());
        m.put("levels", String.join("、", c.levels()));
        // every current item that fulfils the row, so a resident reaches each of them
        m.put("items", r.fulfilling().stream()
                .map(i -> new Link(i.title(), root + Urls.item(i))).toList());
        return m;
    }
}

package org.noticeboard.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.Site;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.DateText;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.view.Link;

/**
 * The whole board: {@code print/<board>/board.html} prints, in one job, a cover sheet listing
 * every item currently posted on the board with its posting period, then each item on sheets of
 * its own — for a board put up from scratch ({@code noticeboard print --all}).
 */
public final class FullBoardPages implements Pages, ItemFiles.PerBoard {

    /** Notices first: they are what changes from week to week. */
    private static final List<ContentType> ORDER = List.of(ContentType.NOTICE,
            ContentType.SUPERVISION, ContentType.COMMITMENT, ContentType.PROCEDURE,
            ContentType.POLICY);

    /** By type, then newest first. */
    static final Comparator<Item> PRINT_ORDER =
            Comparator.comparing((Item i) -> ORDER.indexOf(i.type()))
                    .thenComparing(i -> i.published().orElse(LocalDate.MIN),
                            Comparator.reverseOrder())
                    .thenComparing(Item::id);

    public static String path(String board) {
        return "print/" + board + "/board.html";
    }

    /** A preview edit re-renders a board's sheet whenever one of that board's items changed. */
    @Override
    public String fileOf(String board) {
        return path(board);
    }

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Posters posters = new Posters(pages);
        Map<String, List<Item>> posted = posted(pages.site());
        // boards side by side: each board's sheet reprints all its posted items (some 800 in a
        // 10,000-item site), too much to do one board after another
        return Slices.map(pages.site().config().boards().stream()
                        .filter(board -> pages.wanted(path(board.slug()))).toList(),
                board -> bundle(pages, posters, board,
                        posted.getOrDefault(board.slug(), List.of())));
    }

    /**
     * Items on each board today, in the order they are printed: one pass over the site, not one
     * per board.
     */
    static Map<String, List<Item>> posted(Site site) {
        Lifecycle lifecycle = site.lifecycle();
        return site.published().stream()
                .filter(i -> i.type().postable())
                .filter(lifecycle::isCurrent)
                .sorted(PRINT_ORDER)
                .collect(Collectors.groupingBy(Item::board));
    }

    private static OutputFile bundle(PageWriter pages, Posters posters, Board board,
            List<Item> items) {
        String path = path(board.slug());
        String root = Urls.root(path);
        Map<String, String> t = pages.messages();
        PageRules rules = new PageRules(t).bundle();
        List<PosterView> sheets = sheets(posters, rules, items, root);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            Item item = items.get(n);
            rows.add(Map.of("number", n + 1, "id", item.id(), "title", item.title(),
                    "type", pages.views().typeName(item.type()),
                    "period", postingText(pages.views().dates(), t, item),
                    "paper", item.paper()));
        }
        String title = board.name() + " · " + t.get("print.full_board");
        return pages.write(path, "print/board", title, List.of(), Map.of(
                "board", pages.views().board(board, root),
                "posters", sheets,
                "rows", rows,
                "today", pages.views().dates().date(pages.site().today()),
                "pageRules", rules.css(),
                "back", new Link(board.name(), root + Urls.board(board.slug()))));
    }

    /**
     * Each item on sheets of its own, in a named page that carries its paper size and running
     * head, so one print job mixes A4 and A3.
     */
    static List<PosterView> sheets(Posters posters, PageRules rules, List<Item> items,
            String root) {
        List<PosterView> sheets = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            Item item = items.get(n);
            String name = "p" + n;
            rules.named(name, item.paper(), posters.runningHead(item));
            sheets.add(posters.view(item, root, name));
        }
        return sheets;
    }

    /** 公示期 for notices; for the rest, from publication until expiry or for the long term. */
    static String postingText(DateText dates, Map<String, String> t, Item item) {
        if (item.details() instanceof Details.Notice n) {
            return dates.period(n.posting());
        }
        String since = item.published().map(d -> t.get("print.since")
                .replace("{date}", dates.date(d))).orElse("");
        String until = item.expires().map(d -> t.get("print.until").replace("{date}",
                dates.date(d))).orElse(t.get("print.ongoing"));
        return since + until;
    }
}

package org.noticeboard.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.addresses.Addresses;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.DateText;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.view.Link;

/**
 * The week's change sheet: {@code print/<board>/week.html} prints one A4 page saying what to put
 * up and what to take down, dated and with a line to sign, followed by the sheets to put up —
 * and only those. {@link FullBoardPages} prints the whole board.
 */
public final class WeekChangePages implements Pages, ItemFiles.PerBoard {

    private final Addresses addresses;
    private final Optional<LocalDate> firstUnprinted;

    /**
     * @param firstUnprinted a day in the oldest posting week not printed yet; empty for the
     *     current week
     */
    public WeekChangePages(Addresses addresses, Optional<LocalDate> firstUnprinted) {
        this.addresses = addresses;
        this.firstUnprinted = firstUnprinted;
    }

    public static String path(String board) {
        return "print/" + board + "/week.html";
    }

    /** Any edit may change what goes up or down this week, and only on the item's board. */
    @Override
    public String fileOf(String board) {
        return path(board);
    }

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Posters posters = new Posters(pages);
        WeekChangePlanner planner = new WeekChangePlanner(pages.site(), addresses);
        LocalDate since = firstUnprinted.orElse(pages.site().today());
        return Slices.map(pages.site().config().boards().stream()
                        .filter(board -> pages.wanted(path(board.slug()))).toList(),
                board -> sheet(pages, posters, board, planner.plan(board, since)));
    }

    private static OutputFile sheet(PageWriter pages, Posters posters, Board board,
            WeekChanges changes) {
        String path = path(board.slug());
        String root = Urls.root(path);
        Map<String, String> t = pages.messages();
        DateText dates = pages.views().dates();
        List<WeekChanges.PutUp> putUp = changes.putUp().stream()
                .sorted(Comparator.comparing(WeekChanges.PutUp::item, FullBoardPages.PRINT_ORDER))
                .toList();
        List<Item> up = putUp.stream().map(WeekChanges.PutUp::item).toList();
        List<Map<String, Object>> upRows = new ArrayList<>();
        int sheetsTotal = 0;
        for (int n = 0; n < up.size(); n++) {
            Item item = up.get(n);
            WeekChanges.Arrival why = putUp.get(n).why();
            int sheets = SheetEstimate.sheets(item);
            sheetsTotal += sheets;
            upRows.add(Map.of("number", n + 1, "id", item.id(), "title", item.title(),
                    "type", pages.views().typeName(item.type()),
                    "why", t.get("print.arrival." + why.name().toLowerCase(Locale.ROOT)),
                    "period", FullBoardPages.postingText(dates, t, item),
                    "sheets", sheets, "paper", item.paper()));
        }
        List<Map<String, Object>> downRows = changes.takeDown().stream()
                .sorted(Comparator.comparing(WeekChanges.TakeDown::why))
                .map(d -> Map.<String, Object>of("id", d.id(), "title", d.title(),
                        "why", t.get("print.departure."
                                + d.why().name().toLowerCase(Locale.ROOT))))
                .toList();
        PageRules rules = new PageRules(t).bundle();
        return pages.write(path, "print/week", board.name() + " · " + t.get("print.week"),
                List.of(), Map.of(
                        "board", pages.views().board(board, root),
                        "posters", FullBoardPages.sheets(posters, rules, up, root),
                        "up", upRows,
                        "down", downRows,
                        "sheets", sheetsTotal,
                        "from", dates.date(changes.from()),
                        "today", dates.date(changes.to()),
                        "pageRules", rules.css(),
                        "back", new Link(board.name(), root + Urls.board(board.slug()))));
    }
}

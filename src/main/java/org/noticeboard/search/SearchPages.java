package org.noticeboard.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.ViewFactory;

/**
 * Search: the index ({@code search/index.js}) and the page ({@code search.html}) whose script
 * ({@code assets/search.js}) reads it. Without JavaScript the page still lists every board's
 * categories with their number of items, each a link.
 */
public final class SearchPages implements Pages {

    static final String PAGE = "search.html";
    static final String INDEX = "search/index.js";

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ViewFactory views = pages.views();
        SearchIndex index = build(site, views, item -> pages.cached("search.body", item,
                i -> BodyText.of(views.body(i, ""))));
        return List.of(OutputFile.text(INDEX, index.toJavaScript()), page(pages, site));
    }

    static SearchIndex build(Site site, ViewFactory views) {
        return build(site, views, item -> BodyText.of(views.body(item, "")));
    }

    /** @param bodyText an item's body as plain text (the preview remembers it per item) */
    static SearchIndex build(Site site, ViewFactory views, Function<Item, String> bodyText) {
        List<Board> boards = site.config().boards();
        SearchIndex index = new SearchIndex(boards.stream().map(Board::name).toList(),
                Arrays.stream(ContentType.values()).map(views::typeName).toList());
        List<Item> items = site.published().stream()
                .sorted(Comparator.comparing((Item i) -> i.published().orElse(LocalDate.MIN))
                        .reversed().thenComparing(Item::id))
                .toList();
        List<String> slugs = boards.stream().map(Board::slug).toList();
        // the text of every body and its terms in parallel; the index itself in rank order
        List<SearchIndex.Terms> terms = items.parallelStream().map(item -> SearchIndex.Terms.of(
                item.title(),
                String.join(" ", item.keywords()) + " " + item.topic() + " " + item.docNo(),
                item.summary() + " " + item.issuer() + " " + bodyText.apply(item))).toList();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            index.add(new SearchIndex.Doc(item.title(), Urls.item(item),
                            slugs.indexOf(item.board()), item.type().ordinal(),
                            item.published().map(LocalDate::toString).orElse("")),
                    terms.get(i));
        }
        return index;
    }

    private static OutputFile page(PageWriter pages, Site site) {
        String root = Urls.root(PAGE);
        ViewFactory views = pages.views();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Item> published = site.published();
        for (Board board : site.config().boards()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (ContentType type : ContentType.values()) {
                long count = published.stream().filter(i -> i.board().equals(board.slug())
                        && i.type() == type).count();
                cells.add(Map.of("count", count,
                        "url", root + Urls.boardListing(board.slug(), type)));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("board", views.board(board, root));
            row.put("cells", cells);
            rows.add(row);
        }
        return pages.write(PAGE, "search", pages.messages().getOrDefault("search.title", "搜索"),
                List.of(), Map.of("rows", rows, "indexUrl", root + INDEX));
    }
}

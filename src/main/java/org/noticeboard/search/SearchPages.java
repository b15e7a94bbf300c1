package org.noticeboard.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.ViewFactory;

/**
 * Search: the index ({@code search/index.js}, which says how the terms and documents are split
 * into {@code search/t/} and {@code search/d/}) and the page ({@code search.html}) whose script
 * ({@code assets/search.js}) loads the shards a query needs. Without JavaScript the page still lists every board's
 * categories with their number of items, each a link.
 */
public final class SearchPages implements Pages, ItemFiles {

    static final String PAGE = "search.html";
    static final String INDEX = "search/index.js";

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ViewFactory views = pages.views();
        List<OutputFile> out = new ArrayList<>();
        if (pages.wanted(INDEX)) {
            // the documents and terms are the same in every copy of the site, and an item's
            // terms the same from one preview build to the next unless the item changed
            SearchShards shards = pages.once(INDEX, () -> build(site, views, (item, v) ->
                    pages.shared("search.terms", item, null, i -> terms(i, v))).shards());
            out.add(new OutputFile(INDEX, new SearchIndex(boardNames(site))
                    .toJavaScript(typeNames(views), shards)));
            out.addAll(shards.files());
        }
        if (pages.wanted(PAGE)) {
            out.add(page(pages, site));
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        return Set.of(INDEX, PAGE);
    }

    /** Every item is in the index, and counted on the page. */
    @Override
    public Set<String> filesOf(Item item) {
        return Set.of(INDEX, PAGE);
    }

    static SearchIndex build(Site site, ViewFactory views) {
        return build(site, views, SearchPages::terms);
    }

    /** An item's terms, from its body rendered as for a page at the site's root. */
    private static SearchIndex.Terms terms(Item item, ViewFactory views) {
        return SearchIndex.Terms.of(item.title(),
                String.join(" ", item.keywords()) + " " + item.topic() + " " + item.docNo(),
                BodyText.lazy(item.summary() + " " + item.issuer() + " ",
                        views.bodyForText(item)));
    }

    /** @param terms an item's terms (the preview remembers them per item) */
    static SearchIndex build(Site site, ViewFactory views,
            BiFunction<Item, ViewFactory, SearchIndex.Terms> terms) {
        SearchIndex index = new SearchIndex(boardNames(site));
        List<Item> items = site.published().stream()
                .sorted(Comparator.comparing((Item i) -> i.published().orElse(LocalDate.MIN))
                        .reversed().thenComparing(Item::id))
                .toList();
        List<String> slugs = site.config().boards().stream().map(Board::slug).toList();
        // the terms of every item in parallel; the index itself in rank order
        List<SearchIndex.Terms> all = Slices.map(items, item -> terms.apply(item, views));
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            index.add(new SearchIndex.Doc(item.title(), Urls.item(item),
                            slugs.indexOf(item.board()), item.type().ordinal(),
                            item.published().map(LocalDate::toString).orElse("")),
                    all.get(i));
        }
        return index;
    }

    private static List<String> boardNames(Site site) {
        return site.config().boards().stream().map(Board::name).toList();
    }

    private static List<String> typeNames(ViewFactory views) {
        return Arrays.stream(ContentType.values()).map(views::typeName).toList();
    }

    private static OutputFile page(PageWriter pages, Site site) {
        String root = Urls.root(PAGE);
        ViewFactory views = pages.views();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Long> counts = new HashMap<>();
        for (Item i : site.published()) {
            counts.merge(i.board() + "/" + i.type().id(), 1L, Long::sum);
        }
        for (Board board : site.config().boards()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (ContentType type : ContentType.values()) {
                long count = counts.getOrDefault(board.slug() + "/" + type.id(), 0L);
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

package org.noticeboard.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.Item;
import org.noticeboard.render.view.ItemCard;
import org.noticeboard.render.view.Link;
import org.noticeboard.render.view.Pager;
import org.noticeboard.render.view.YearGroup;

/**
 * Paginated listings: a first page with the newest {@link Paging#SIZE} items and a link to
 * every numbered page, and the numbered pages ({@code page-1.html} the oldest), each linking
 * only to the newest items and its two neighbours. Archives show their cards by year.
 */
final class ListingPages {

    private final PageWriter pages;

    ListingPages(PageWriter pages) {
        this.pages = pages;
    }

    /**
     * Queues the listing at {@code path} and its numbered pages.
     *
     * @param template {@code listing} or {@code archive} (cards grouped by year)
     * @param crumbs breadcrumbs with URLs from the site root
     */
    void queue(PageQueue queue, String path, String template, String title, List<Item> items,
            List<Link> crumbs, Map<String, Object> own) {
        Paging paging = Paging.of(items);
        queue.put(path, () -> write(path, template, title, paging.newest(), crumbs,
                index(path, paging), own, paging));
        for (int n = 1; n <= paging.count(); n++) {
            int number = n;
            String at = Urls.listingPage(path, number);
            String label = pageLabel(number);
            queue.put(at, () -> write(at, template, title + " · " + label,
                    paging.page(number), crumbs, numbered(path, number, paging.count()), own,
                    paging));
        }
    }

    private OutputFile write(String path, String template, String title, List<Item> items,
            List<Link> crumbs, Pager pager, Map<String, Object> own, Paging paging) {
        String root = Urls.root(path);
        List<ItemCard> cards = items.stream().map(i -> pages.views().card(i, root)).toList();
        Map<String, Object> context = new LinkedHashMap<>(own);
        context.put("cards", cards);
        context.put("pager", pager);
        if (template.equals("archive")) {
            context.put("years", byYear(items, cards));
            context.put("yearLinks", pager.label().isEmpty() ? yearLinks(path, paging)
                    : List.of());
        }
        List<Link> rooted = crumbs.stream().map(l -> new Link(l.label(), root + l.url())).toList();
        return pages.write(path, template, title, rooted, context);
    }

    /** The first page links every numbered page, newest first. */
    private Pager index(String path, Paging paging) {
        String root = Urls.root(path);
        List<Link> links = new ArrayList<>();
        for (int n = paging.count(); n >= 1; n--) {
            links.add(new Link(pageLabel(n), root + Urls.listingPage(path, n)));
        }
        return new Pager("", paging.count() > 1 ? links : List.of());
    }

    /**
     * A numbered page links the newest items, the next newer page (page {@code count} has
     * none yet) and the next older one: the next new item changes only the last page.
     */
    private Pager numbered(String path, int number, int count) {
        String root = Urls.root(Urls.listingPage(path, number));
        Map<String, String> t = pages.messages();
        List<Link> links = new ArrayList<>();
        links.add(new Link(t.get("pager.newest"), root + path));
        if (number < count) {
            links.add(new Link(t.get("pager.newer").replace("{n}", String.valueOf(number + 1)),
                    root + Urls.listingPage(path, number + 1)));
        }
        if (number > 1) {
            links.add(new Link(t.get("pager.older").replace("{n}", String.valueOf(number - 1)),
                    root + Urls.listingPage(path, number - 1)));
        }
        return new Pager(pageLabel(number), links);
    }

    private String pageLabel(int number) {
        return pages.messages().get("pager.page").replace("{n}", String.valueOf(number));
    }

    /** Cards under the year they were published in, newest year first. */
    private static List<YearGroup> byYear(List<Item> items, List<ItemCard> cards) {
        Map<String, List<ItemCard>> years = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            years.computeIfAbsent(year(items.get(i)), y -> new ArrayList<>()).add(cards.get(i));
        }
        return years.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** Each year with its count, linking the numbered page that holds its newest item. */
    private List<Link> yearLinks(String path, Paging paging) {
        String root = Urls.root(path);
        Map<String, int[]> years = new LinkedHashMap<>();
        List<Item> oldest = paging.oldestFirst();
        for (int i = oldest.size() - 1; i >= 0; i--) {
            int page = i / Paging.SIZE + 1;
            years.computeIfAbsent(year(oldest.get(i)), y -> new int[] {page, 0})[1]++;
        }
        List<Link> links = new ArrayList<>();
        years.forEach((year, at) -> links.add(new Link(pages.messages().get("archive.year")
                .replace("{year}", year).replace("{n}", String.valueOf(at[1])),
                root + Urls.listingPage(path, at[0]))));
        return links;
    }

    private static String year(Item item) {
        return item.published().map(d -> String.valueOf(d.getYear())).orElse("");
    }
}

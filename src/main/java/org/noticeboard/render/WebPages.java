package org.noticeboard.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionOccurrence;
import org.noticeboard.model.Site;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.view.ItemCard;
import org.noticeboard.render.view.Link;
import org.noticeboard.render.view.ReceptionView;
import org.noticeboard.render.view.Section;

/** The website's own pages: home, 404, boards, archives, listings and one page per item. */
final class WebPages implements Pages {

    /** Receptions this many days ahead are always listed (residents are told 3 days before). */
    static final int ANNOUNCE_DAYS = 7;
    /** Cards per type on a board page, and open notices on the home page: the rest are a link
     * away, in the paginated listings. */
    static final int SECTION_CARDS = 10;
    static final int OPEN_CARDS = 20;
    /**
     * Receptions on the home page: every board's page lists all of its coming week's, and the
     * site-wide list of all of them was most of a 10,000-item home page.
     */
    static final int HOME_RECEPTIONS = 8;

    @Override
    public List<OutputFile> render(PageWriter pages) {
        return Pages.collect(this, pages);
    }

    @Override
    public void render(PageWriter pages, OutputSink out) {
        Site site = pages.site();
        Map<String, String> t = pages.messages();
        ViewFactory views = pages.views();
        List<Item> published = site.published();
        // every page is queued and rendered side by side, the largest (listings) first: after
        // the item pages, one after the other, they left a core idle at the end of the build
        PageQueue queued = new PageQueue(pages);
        queued.put(Urls.home(), () -> home(pages, site, published));
        queued.put("404.html", () -> pages.write("404.html", "404",
                t.get("notfound.title"), List.of(), Map.of()));
        ListingPages listings = new ListingPages(pages);
        Map<String, List<Item>> byBoard = published.stream()
                .collect(Collectors.groupingBy(Item::board));
        for (Board board : site.config().boards()) {
            List<Item> onBoard = byBoard.getOrDefault(board.slug(), List.of());
            String boardName = views.boardName(board);
            List<Link> toBoard = List.of(new Link(boardName, Urls.board(board.slug())));
            queued.put(Urls.board(board.slug()), () -> boardPage(pages, site, board, onBoard,
                    published));
            listings.queue(queued, Urls.boardArchive(board.slug()), "archive",
                    boardName + " · " + t.get("archive.title"),
                    onBoard.stream().filter(site.lifecycle()::isArchived).toList(), toBoard,
                    Map.of("board", views.board(board, Urls.root(Urls.boardArchive(
                            board.slug())))));
            Map<ContentType, List<Item>> byType = byType(onBoard);
            for (ContentType type : ContentType.values()) {
                listings.queue(queued, Urls.boardListing(board.slug(), type), "listing",
                        boardName + " · " + views.typeName(type),
                        byType.getOrDefault(type, List.of()), toBoard, Map.of());
            }
        }
        Map<ContentType, List<Item>> byType = byType(published);
        for (ContentType type : ContentType.values()) {
            listings.queue(queued, Urls.listing(type), "listing", views.typeName(type),
                    byType.getOrDefault(type, List.of()), List.of(), Map.of());
        }
        for (Item item : published) {
            queued.put(Urls.item(item), () -> itemPage(pages, item));
        }
        Slices.forEach(queued.pages(), page -> out.accept(page.get()));
    }

    private static Map<ContentType, List<Item>> byType(List<Item> items) {
        return items.stream().collect(Collectors.groupingBy(Item::type,
                () -> new EnumMap<>(ContentType.class), Collectors.toList()));
    }

    private OutputFile itemPage(PageWriter pages, Item item) {
        String path = Urls.item(item);
        String root = Urls.root(path);
        ViewFactory views = pages.views();
        List<Link> crumbs = List.of(
                new Link(views.board(item.board(), root).name(), root + Urls.board(item.board())),
                new Link(views.typeName(item.type()),
                        root + Urls.boardListing(item.board(), item.type())));
        return pages.write(path, "item", item.title(), crumbs,
                Map.of("item", views.item(item, root)));
    }

    private OutputFile home(PageWriter pages, Site site, List<Item> published) {
        String path = Urls.home();
        String root = Urls.root(path);
        Lifecycle lifecycle = site.lifecycle();
        List<ItemCard> current = newestFirst(published.stream().filter(lifecycle::isCurrent)
                .filter(i -> i.type() != ContentType.PAGE))
                .map(i -> pages.views().card(i, root)).toList();
        List<ItemCard> open = current.stream().filter(c -> c.statusId().equals("open"))
                .limit(OPEN_CARDS).toList();
        return pages.write(path, "home", pages.views().siteTitle(), List.of(), Map.of(
                "open", open,
                "openMore", root + Urls.listing(ContentType.NOTICE),
                "latest", current.stream().filter(c -> !c.statusId().equals("open")).limit(20)
                        .toList(),
                "receptions", receptions(pages, site, published, b -> true, root, 8).stream()
                        .limit(HOME_RECEPTIONS).toList()));
    }

    /** @param onBoard the board's items; {@code published} all items (for receptions) */
    private OutputFile boardPage(PageWriter pages, Site site, Board board, List<Item> onBoard,
            List<Item> published) {
        String path = Urls.board(board.slug());
        String root = Urls.root(path);
        Lifecycle lifecycle = site.lifecycle();
        ViewFactory views = pages.views();
        List<Section> sections = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            List<ItemCard> cards = newestFirst(onBoard.stream()
                    .filter(i -> i.type() == type)
                    .filter(lifecycle::isCurrent))
                    .limit(SECTION_CARDS)
                    .map(i -> views.card(i, root)).toList();
            if (!cards.isEmpty()) {
                sections.add(new Section(views.typeName(type), type.id(),
                        new Link(views.typeName(type), root + Urls.boardListing(board.slug(),
                                type)), cards));
            }
        }
        long archived = onBoard.stream().filter(lifecycle::isArchived).count();
        return pages.write(path, "board", views.boardName(board), List.of(), Map.of(
                "board", views.board(board, root),
                "sections", sections,
                "archiveCount", archived,
                "archiveUrl", root + Urls.boardArchive(board.slug()),
                "receptions", receptions(pages, site, published,
                        i -> i.board().equals(board.slug()), root, 6)));
    }

    private List<ReceptionView> receptions(PageWriter pages, Site site, List<Item> published,
            Predicate<Item> filter, String root, int limit) {
        ReceptionDates dates = new ReceptionDates(site.calendar());
        List<ReceptionOccurrence> all = published.stream()
                .filter(i -> i.type() == ContentType.RECEPTION).filter(filter)
                .filter(site.lifecycle()::isCurrent)
                .flatMap(i -> dates.between(i, site.today(), site.today().plusDays(45)).stream())
                .sorted(Comparator.comparing(ReceptionOccurrence::date)
                        .thenComparing(ReceptionOccurrence::itemId))
                .toList();
        // Every reception of the coming week is shown whatever the limit, so each one is
        // announced on its board at least ANNOUNCE_DAYS days before it takes place.
        java.time.LocalDate announced = site.today().plusDays(ANNOUNCE_DAYS);
        long soon = all.stream().filter(o -> !o.date().isAfter(announced)).count();
        return all.stream().limit(Math.max(limit, soon))
                .map(o -> pages.views().reception(o, root))
                .toList();
    }

    private static Stream<Item> newestFirst(Stream<Item> items) {
        return items.sorted(Comparator.comparing((Item i) -> i.published().orElse(
                java.time.LocalDate.MIN)).reversed().thenComparing(Item::id));
    }
}

package org.noticeboard.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.render.Edition;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.Urls;

/**
 * Which pages an edit can have changed, from the site model before and after it: the pages of
 * the items that differ and of the items they refer to or that refer to them (their "amended by",
 * "replaced by" and result lines change too), and every listing, board page and archive that
 * includes one of them, and the home page; their posters; and the files that groups
 * implementing {@link ItemFiles} say include one of them (feeds, search, calendars, the boards'
 * week bundles and consultation cards…). Pages of other groups it does not know are
 * always wanted: those groups decide for themselves.
 */
final class AffectedPages implements Predicate<String> {

    private static final Pattern ITEM_LINK = Pattern.compile("\\(item:([a-z0-9/-]+)");
    private static final String PRINT = "print/";

    private final boolean everything;
    private final Map<String, Item> before;
    private final Map<String, Item> after;
    private final Set<String> wanted = new HashSet<>();
    /** Pages whose path does not depend on the items: the site's, each board's, groups'. */
    private final Set<String> boardPages = new HashSet<>();
    private final Set<String> dirtyItems = new HashSet<>();
    private final List<String> editionFolders = new ArrayList<>();

    private AffectedPages(boolean everything, Map<String, Item> before, Map<String, Item> after) {
        this.everything = everything;
        this.before = before;
        this.after = after;
    }

    static AffectedPages everything() {
        return new AffectedPages(true, Map.of(), Map.of());
    }

    static AffectedPages between(Map<String, Item> before, Map<String, Item> after,
            SiteConfig config) {
        return between(before, after, config, List.of());
    }

    /** Also the files of the groups that say which items go into them ({@link ItemFiles}). */
    static AffectedPages between(Map<String, Item> before, Map<String, Item> after,
            SiteConfig config, List<?> groups) {
        return between(before, after, config, groups, AffectedPages::references);
    }

    /**
     * As {@link #between(Map, Map, SiteConfig, List)}.
     *
     * @param references what an item refers to ({@link #references}), possibly remembered
     *     between builds: it is asked for every item
     */
    static AffectedPages between(Map<String, Item> before, Map<String, Item> after,
            SiteConfig config, List<?> groups, Function<Item, List<String>> references) {
        List<ItemFiles> itemFiles = groups.stream().filter(ItemFiles.class::isInstance)
                .map(ItemFiles.class::cast).toList();
        AffectedPages pages = new AffectedPages(false, before, after);
        Set<String> changed = new HashSet<>();
        before.forEach((id, item) -> {
            if (!Objects.equals(item, after.get(id))) {
                changed.add(id);
            }
        });
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(changed::add);
        Set<String> dirty = new HashSet<>(changed);
        if (!changed.isEmpty()) {
            for (Map<String, Item> side : List.of(before, after)) {
                for (Item item : side.values()) {
                    List<String> refs = references.apply(item);
                    if (changed.contains(item.id())) {
                        dirty.addAll(refs);
                    } else if (refs.stream().anyMatch(changed::contains)) {
                        dirty.add(item.id());
                    }
                }
            }
        }
        pages.dirtyItems.addAll(dirty);
        for (String id : dirty) {
            for (Item item : new Item[] {before.get(id), after.get(id)}) {
                if (item != null) {
                    pages.wanted.addAll(List.of(Urls.item(item),
                            Urls.boardListing(item.board(), item.type()),
                            Urls.listing(item.type()), Urls.board(item.board()),
                            Urls.boardArchive(item.board()), Urls.home(),
                            PRINT + Urls.item(item)));
                    itemFiles.forEach(g -> pages.wanted.addAll(g.filesOf(item)));
                }
            }
        }
        pages.boardPages.addAll(boardPages(config));
        itemFiles.forEach(g -> pages.boardPages.addAll(g.files(config)));
        Edition.of(config).stream().map(Edition::prefix).filter(p -> !p.isEmpty())
                .sorted((a, b) -> b.length() - a.length()).forEach(pages.editionFolders::add);
        return pages;
    }

    /** Pages of every copy (en/, large/…) are affected alike: paths are compared without it. */
    @Override
    public boolean test(String path) {
        if (everything) {
            return true;
        }
        String page = path;
        for (String folder : editionFolders) {
            if (page.startsWith(folder)) {
                page = page.substring(folder.length());
                break;
            }
        }
        return wanted.contains(page) || !known(page);
    }

    /**
     * Whether this class can tell if the page is affected: item pages, posters, board pages and
     * the files {@link ItemFiles} groups name.
     */
    private boolean known(String page) {
        if (boardPages.contains(page)) {
            return true;
        }
        String item = page.startsWith(PRINT) ? page.substring(PRINT.length()) : page;
        if (!item.endsWith(".html")) {
            return false;
        }
        String id = item.substring(0, item.length() - ".html".length());
        return before.containsKey(id) || after.containsKey(id);
    }

    /** The pages this edit wants, in the main copy (others have them under their folder). */
    Set<String> wanted() {
        return everything ? Set.of() : Set.copyOf(wanted);
    }

    /** The folders of the other copies of the site, e.g. en/, large/. */
    List<String> editionFolders() {
        return List.copyOf(editionFolders);
    }

    /** True when nothing on the site changed (e.g. a file saved without changes). */
    boolean nothing() {
        return !everything && dirtyItems.isEmpty();
    }

    /** Ids this item refers to: amends, replaces, its result notice and links in its body. */
    static List<String> references(Item item) {
        List<String> refs = new ArrayList<>(item.amends());
        refs.addAll(item.replaces());
        if (item.details() instanceof Details.Notice notice) {
            notice.result().ifPresent(refs::add);
        }
        String body = item.bodyMarkdown();
        if (body.contains("(item:")) {
            Matcher m = ITEM_LINK.matcher(body);
            while (m.find()) {
                refs.add(m.group(1));
            }
        }
        return refs;
    }

    /** The web pages of the site as a whole and of each board. */
    private static List<String> boardPages(SiteConfig config) {
        List<String> out = new ArrayList<>(List.of(Urls.home(), "404.html"));
        for (Board board : config.boards()) {
            out.add(Urls.board(board.slug()));
            out.add(Urls.boardArchive(board.slug()));
            for (ContentType type : ContentType.values()) {
                out.add(Urls.boardListing(board.slug(), type));
            }
        }
        for (ContentType type : ContentType.values()) {
            out.add(Urls.listing(type));
        }
        return out;
    }
}

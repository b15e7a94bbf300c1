package org.noticeboard.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * includes one of them, and the home page; and the files that groups implementing
 * {@link ItemFiles} say include one of them. Pages of other groups it does not know (print…) are
 * always wanted: those groups decide for themselves.
 */
final class AffectedPages implements Predicate<String> {

    private static final Pattern ITEM_LINK = Pattern.compile("\\(item:([a-z0-9/-]+)");

    private final boolean everything;
    private final Set<String> wanted = new HashSet<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> dirtyItems = new HashSet<>();
    private final List<String> editionFolders = new ArrayList<>();

    private AffectedPages(boolean everything) {
        this.everything = everything;
    }

    static AffectedPages everything() {
        return new AffectedPages(true);
    }

    static AffectedPages between(Map<String, Item> before, Map<String, Item> after,
            SiteConfig config) {
        return between(before, after, config, List.of());
    }

    /** Also the files of the groups that say which items go into them ({@link ItemFiles}). */
    static AffectedPages between(Map<String, Item> before, Map<String, Item> after,
            SiteConfig config, List<?> groups) {
        List<ItemFiles> itemFiles = groups.stream().filter(ItemFiles.class::isInstance)
                .map(ItemFiles.class::cast).toList();
        AffectedPages pages = new AffectedPages(false);
        Set<String> changed = new HashSet<>();
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            if (!Objects.equals(before.get(id), after.get(id))) {
                changed.add(id);
            }
        }
        Set<String> dirty = new HashSet<>(changed);
        if (!changed.isEmpty()) {
            for (Map<String, Item> side : List.of(before, after)) {
                for (Item item : side.values()) {
                    List<String> refs = references(item);
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
                            Urls.boardArchive(item.board()), Urls.home()));
                    itemFiles.forEach(g -> pages.wanted.addAll(g.filesOf(item)));
                }
            }
        }
        before.values().forEach(i -> pages.known.add(Urls.item(i)));
        after.values().forEach(i -> pages.known.add(Urls.item(i)));
        pages.known.addAll(webPages(config));
        itemFiles.forEach(g -> pages.known.addAll(g.files(config)));
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
        return wanted.contains(page) || !known.contains(page);
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

    private static List<String> webPages(SiteConfig config) {
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

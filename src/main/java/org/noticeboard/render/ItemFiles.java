package org.noticeboard.render;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.noticeboard.model.Item;
import org.noticeboard.model.SiteConfig;

/**
 * A page group that says which of its files each item goes into (a board's feed, the search
 * index…), so that a preview update can leave alone the files of the items it did not change:
 * {@link PageWriter#wanted} is false for them. Files a group does not name here are always
 * wanted. Paths are inside a copy of the site, as the group writes them.
 */
public interface ItemFiles {

    /** Every file of the group that an edit of the content may or may not change. */
    Set<String> files(SiteConfig config);

    /** The files whose bytes may depend on {@code item} (as it is before or after an edit). */
    Set<String> filesOf(Item item);

    /** {@code file} for the whole site and {@code <board>/file} for each board. */
    static Set<String> siteAndBoards(SiteConfig config, String file) {
        Set<String> files = perBoard(config, board -> board + "/" + file);
        files.add(file);
        return files;
    }

    /** One file per board, at {@code path(board slug)}. */
    static Set<String> perBoard(SiteConfig config, Function<String, String> path) {
        Set<String> files = new TreeSet<>();
        config.boards().forEach(b -> files.add(path.apply(b.slug())));
        return files;
    }

    /**
     * A group that writes one file per board (a print sheet), which depends on that board's
     * items only.
     */
    interface PerBoard extends ItemFiles {

        /** The file of {@code board} (a slug). */
        String fileOf(String board);

        @Override
        default Set<String> files(SiteConfig config) {
            return perBoard(config, this::fileOf);
        }

        @Override
        default Set<String> filesOf(Item item) {
            return Set.of(fileOf(item.board()));
        }
    }

    /** The site's {@code file} and that of the item's board. */
    static Set<String> siteAndBoard(Item item, String file) {
        return Set.of(file, item.board() + "/" + file);
    }
}

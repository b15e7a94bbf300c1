package org.noticeboard.render;

import java.util.Set;
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
}

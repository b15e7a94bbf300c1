package org.noticeboard.addresses;

import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Site;

/** Checks the old addresses against the site: each leads somewhere, none hides an item. */
public final class AddressRules {

    public void check(Addresses addresses, Site site, String displayRoot,
            Diagnostics diagnostics) {
        String file = displayRoot + "/" + AddressLoader.FILE;
        for (Addresses.Moved moved : addresses.moved().values()) {
            Position at = new Position(file, moved.line(), 3);
            if (site.item(moved.from()).isPresent()) {
                diagnostics.error(at, "moved", "'" + moved.from() + "' is an item of the site, "
                        + "so its address has not moved",
                        "remove this line, or rename the item's file");
            }
            if (site.item(moved.to()).filter(site.lifecycle()::isPublished).isEmpty()) {
                diagnostics.error(at, "moved", "'" + moved.to() + "' is not a published item, "
                        + "so '" + moved.from() + "' would lead nowhere",
                        "write the id (board/type/slug) of the item that replaced it");
            }
        }
        for (Addresses.Withdrawal w : addresses.withdrawn()) {
            Position at = new Position(file, w.line(), 5);
            if (site.item(w.id()).isPresent()) {
                diagnostics.error(at, "withdrawn", "'" + w.id() + "' is still an item of the "
                        + "site", "delete its file once it is withdrawn, or remove this entry");
            }
            if (addresses.moved().containsKey(w.id())) {
                diagnostics.error(at, "withdrawn", "'" + w.id() + "' is both moved and "
                        + "withdrawn", "keep one of the two entries");
            }
        }
    }
}

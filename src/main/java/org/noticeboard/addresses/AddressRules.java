package org.noticeboard.addresses;

import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
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
                diagnostics.error(at, "moved", Message.of("moved-still-an-item",
                        "id", moved.from()));
            }
            if (site.item(moved.to()).filter(site.lifecycle()::isPublished).isEmpty()) {
                diagnostics.error(at, "moved", Message.of("moved-to-nothing",
                        "to", moved.to(), "from", moved.from()));
            }
        }
        for (Addresses.Withdrawal w : addresses.withdrawn()) {
            Position at = new Position(file, w.line(), 5);
            if (site.item(w.id()).isPresent()) {
                diagnostics.error(at, "withdrawn", Message.of("withdrawn-still-an-item",
                        "id", w.id()));
            }
            if (addresses.moved().containsKey(w.id())) {
                diagnostics.error(at, "withdrawn", Message.of("moved-and-withdrawn",
                        "id", w.id()));
            }
        }
    }
}

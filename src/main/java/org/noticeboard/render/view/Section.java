package org.noticeboard.render.view;

import java.util.List;

/** A titled group of item cards, e.g. one content type on a board page. */
public record Section(String title, String id, Link more, List<ItemCard> items) {

    public Section {
        items = List.copyOf(items);
    }
}

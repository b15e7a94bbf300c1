package org.noticeboard.render.view;

import java.util.List;

/** The cards of one year (of publication) in an archive page. */
public record YearGroup(String year, List<ItemCard> items) {

    public YearGroup {
        items = List.copyOf(items);
    }
}

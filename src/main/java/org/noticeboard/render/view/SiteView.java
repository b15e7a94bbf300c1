package org.noticeboard.render.view;

import java.util.List;

/** Site-wide facts shown on every page. */
public record SiteView(
        String title,
        String titleEn,
        String organisation,
        String hotline,
        String generated,
        String generatedIso,
        List<BoardView> boards,
        List<Link> types) {

    public SiteView {
        boards = List.copyOf(boards);
        types = List.copyOf(types);
    }
}

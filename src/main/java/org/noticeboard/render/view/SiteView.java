package org.noticeboard.render.view;

import java.util.List;

/**
 * Site-wide facts shown on every page.
 *
 * @param sample the site is still the sample {@code noticeboard init} wrote (placeholders or
 *     example items left): every page says so
 */
public record SiteView(
        String title,
        String titleEn,
        String organisation,
        String hotline,
        String generated,
        String generatedIso,
        List<BoardView> boards,
        List<Link> types,
        boolean sample) {

    public SiteView {
        boards = List.copyOf(boards);
        types = List.copyOf(types);
    }
}

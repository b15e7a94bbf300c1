package org.noticeboard.build;

import java.util.List;
import org.noticeboard.catalogue.CataloguePages;
import org.noticeboard.render.Pages;

/**
 * The page groups a build writes besides the website's own pages. A feature that adds outputs
 * (print, feeds, search, calendars, open data…) adds its group here, one line each.
 */
final class OutputGroups {

    private OutputGroups() {}

    static List<Pages> all() {
        return List.of(new CataloguePages());
    }
}

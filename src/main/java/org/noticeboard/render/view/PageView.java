package org.noticeboard.render.view;

import java.util.List;
import java.util.Map;

/**
 * What every template gets as {@code page}: language, the relative path to the site root
 * ({@code root}, e.g. {@code ../../}), the page's own path and first folder ({@code section}), its
 * title and breadcrumbs, and the
 * interface messages ({@code t}).
 */
public record PageView(
        String lang,
        String root,
        String path,
        String section,
        String title,
        String canonical,
        List<Link> breadcrumbs,
        Map<String, String> t) {

    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
        t = Map.copyOf(t);
    }
}

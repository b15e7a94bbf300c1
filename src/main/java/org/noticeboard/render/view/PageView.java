package org.noticeboard.render.view;

import java.util.List;
import java.util.Map;

/**
 * What every template gets as {@code page}: language, the relative path to the site root
 * ({@code root}, e.g. {@code ../../}), the page's own path and first folder ({@code section}), its
 * title and breadcrumbs, and the
 * interface messages ({@code t}); {@code largeText} on the large-text copy of the site,
 * {@code editions} the same page in the site's other copies (languages, large text), and
 * {@code dataLang} the language of the site's own data (board names, addresses) when it is not
 * the page's, else empty.
 */
public record PageView(
        String lang,
        String root,
        String path,
        String section,
        String title,
        String canonical,
        List<Link> breadcrumbs,
        Map<String, String> t,
        boolean largeText,
        List<EditionLink> editions,
        String dataLang) {

    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
        editions = List.copyOf(editions);
        t = Map.copyOf(t);
    }
}

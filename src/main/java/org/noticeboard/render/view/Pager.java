package org.noticeboard.render.view;

import java.util.List;

/**
 * The page links of a paginated listing.
 *
 * @param label this page's name ("第 3 页"), or empty on the listing's own first page
 * @param links on the first page every numbered page, newest first; on a numbered page the
 *     newest items, the next newer and the next older page — never a link that the next new
 *     item would change, so older pages keep their bytes
 */
public record Pager(String label, List<Link> links) {

    public Pager {
        links = List.copyOf(links);
    }
}

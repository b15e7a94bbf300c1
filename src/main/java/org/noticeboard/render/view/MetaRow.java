package org.noticeboard.render.view;

import java.util.List;

/** One row of an item's disclosure metadata table; {@code links} for rows that name items. */
public record MetaRow(String label, String value, List<Link> links) {

    public MetaRow {
        links = List.copyOf(links);
    }

    public static MetaRow text(String label, String value) {
        return new MetaRow(label, value, List.of());
    }
}

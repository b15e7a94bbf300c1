package org.noticeboard.render.view;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;

/**
 * An item page as templates see it. {@code body} is HTML that has passed the raw-HTML policy.
 * {@code details} holds the type's own sections as label → value rows, lists or tables.
 */
public record ItemView(
        String id,
        String title,
        String typeId,
        String typeName,
        BoardView board,
        String status,
        String statusId,
        List<MetaRow> meta,
        List<Banner> banners,
        SafeString body,
        Map<String, Object> details,
        List<Link> changes) {

    public ItemView {
        meta = List.copyOf(meta);
        banners = List.copyOf(banners);
        details = Map.copyOf(details);
        changes = List.copyOf(changes);
    }
}

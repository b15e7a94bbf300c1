package org.noticeboard.render.view;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;

/**
 * An item page as templates see it. {@code body} is HTML that has passed the raw-HTML policy.
 * {@code details} holds the type's own sections as label → value rows, lists or tables.
 * {@code lang} is the language the item is written in when it differs from the page's, else
 * empty; {@code changes} its change history, first publication first; {@code signature} the 落款
 * the page adds under the body, or null; {@code attachments} the files it links to (images
 * shown in the body left out).
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
        List<ChangeView> changes,
        String lang,
        Signature signature,
        List<AttachmentView> attachments) {

    public ItemView {
        meta = List.copyOf(meta);
        banners = List.copyOf(banners);
        details = Map.copyOf(details);
        changes = List.copyOf(changes);
        attachments = List.copyOf(attachments);
    }
}

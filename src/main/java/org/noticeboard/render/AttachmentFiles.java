package org.noticeboard.render;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.noticeboard.attachments.PhotoMetadata;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Attachment;
import org.noticeboard.model.Item;

/**
 * Publishes the attached files of the published items, each once, in the main copy of the site
 * only: every copy (en/, large/) and every print page links to that one file. The files are
 * found and checked by the parse stage ({@code attachments}); this group copies them, photos
 * without their camera data.
 */
public final class AttachmentFiles implements Pages {

    @Override
    public List<OutputFile> render(PageWriter pages) {
        if (!pages.edition().isMain()) {
            return List.of();
        }
        Map<String, Attachment> files = new TreeMap<>();
        Map<String, Item> citedBy = new TreeMap<>();
        for (Item item : pages.site().published()) {
            for (Attachment a : item.attachments()) {
                if (files.putIfAbsent(a.address(), a) == null) {
                    citedBy.put(a.address(), item);
                }
            }
        }
        List<OutputFile> out = new ArrayList<>();
        for (Attachment a : files.values()) {
            if (!pages.wanted(a.address())) {
                continue;
            }
            try {
                // camera data (GPS position, owner) never leaves the office
                out.add(new OutputFile(a.address(),
                        PhotoMetadata.stripped(Files.readAllBytes(a.file()))));
            } catch (IOException e) {
                pages.diagnostics().error(new Position(citedBy.get(a.address()).source(),
                                a.line(), a.column()), "body",
                        Message.of("attachment-unreadable", "name", a.name(),
                                "problem", e.getMessage()));
            }
        }
        return out;
    }
}

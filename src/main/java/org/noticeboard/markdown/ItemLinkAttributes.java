package org.noticeboard.markdown;

import java.util.Map;
import java.util.function.Function;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.noticeboard.model.Attachment;

/**
 * Rewrites {@code item:board/type/slug} link targets to the item's relative URL, and links to
 * attached files to where the file is published: a link downloads it under its own (Chinese)
 * name, an image gets its width and height so the page does not jump while it loads.
 */
final class ItemLinkAttributes implements AttributeProvider {

    static final String SCHEME = "item:";
    private final Function<String, String> links;
    private final Map<String, Attachment> files;

    /**
     * @param files the attachments of the body being rendered, by the link target as written
     */
    ItemLinkAttributes(Function<String, String> links, Map<String, Attachment> files) {
        this.links = links;
        this.files = files;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && link.getDestination().startsWith(SCHEME)) {
            attributes.put("href", links.apply(link.getDestination().substring(SCHEME.length())));
        }
        if (node instanceof Link link && isExternal(link.getDestination())) {
            attributes.put("rel", "noopener noreferrer");
        }
        if (node instanceof Link link && files.containsKey(link.getDestination())) {
            Attachment file = files.get(link.getDestination());
            attributes.put("href", ItemLinks.siteMarker(file.address()));
            attributes.put("download", file.name());
        }
        if (node instanceof TableBlock) {
            // a wide table scrolls sideways on a phone; keyboard users must reach it too
            attributes.put("tabindex", "0");
        }
        if (node instanceof Image image) {
            Attachment file = files.get(image.getDestination());
            if (file != null) {
                attributes.put("src", ItemLinks.siteMarker(file.address()));
                attributes.put("width", String.valueOf(file.width()));
                attributes.put("height", String.valueOf(file.height()));
            }
            attributes.put("loading", "lazy");
        }
    }

    private static boolean isExternal(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }
}

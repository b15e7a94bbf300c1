package org.noticeboard.markdown;

import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Rewrites {@code item:board/type/slug} link targets to the item's relative URL. */
final class ItemLinkAttributes implements AttributeProvider {

    static final String SCHEME = "item:";
    private final Function<String, String> links;

    ItemLinkAttributes(Function<String, String> links) {
        this.links = links;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && link.getDestination().startsWith(SCHEME)) {
            attributes.put("href", links.apply(link.getDestination().substring(SCHEME.length())));
        }
        if (node instanceof Link link && isExternal(link.getDestination())) {
            attributes.put("rel", "noopener noreferrer");
        }
        if (node instanceof Image) {
            attributes.put("loading", "lazy");
        }
    }

    private static boolean isExternal(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }
}

package org.noticeboard.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Walks a parsed body once and reports what later stages must check: raw HTML (refused or
 * sanitised by policy), {@code item:} references and relative links, with their body lines.
 */
public final class BodyInspector {

    /** A thing found in the body, at a 1-based line and column of the body text. */
    public record Found(String kind, String value, int line, int column) {}

    public List<Found> inspect(Node document) {
        List<Found> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                found.add(at("html", html.getLiteral().strip(), html));
            }

            @Override
            public void visit(HtmlInline html) {
                found.add(at("html", html.getLiteral(), html));
            }

            @Override
            public void visit(Link link) {
                found.add(at("link", link.getDestination(), link));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(at("image", image.getDestination(), image));
                visitChildren(image);
            }
        });
        return found;
    }

    private static Found at(String kind, String value, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Found(kind, value, 0, 0);
        }
        SourceSpan span = spans.get(0);
        return new Found(kind, value, span.getLineIndex() + 1, span.getColumnIndex() + 1);
    }

    public static boolean isItemLink(String destination) {
        return destination.startsWith(ItemLinkAttributes.SCHEME);
    }

    public static String itemId(String destination) {
        return destination.substring(ItemLinkAttributes.SCHEME.length());
    }
}

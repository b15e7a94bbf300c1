package org.noticeboard.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Walks a parsed body once and reports what later stages must check: raw HTML (refused or
 * sanitised by policy), {@code item:} references and relative links, with their body lines.
 */
public final class BodyInspector {

    /**
     * A thing found in the body, at a 1-based line and column of the body text; {@code text} is
     * a link's text or an image's alt text (empty for raw HTML).
     */
    public record Found(String kind, String value, int line, int column, String text) {}

    public List<Found> inspect(Node document) {
        List<Found> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                found.add(at("html", html.getLiteral().strip(), html, ""));
            }

            @Override
            public void visit(HtmlInline html) {
                found.add(at("html", html.getLiteral(), html, ""));
            }

            @Override
            public void visit(Link link) {
                found.add(at("link", link.getDestination(), link, text(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(at("image", image.getDestination(), image, text(image)));
                visitChildren(image);
            }
        });
        return found;
    }

    private static Found at(String kind, String value, Node node, String text) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Found(kind, value, 0, 0, text);
        }
        SourceSpan span = spans.get(0);
        return new Found(kind, value, span.getLineIndex() + 1, span.getColumnIndex() + 1, text);
    }

    /** The plain text inside a link or image (its alt text), as a reader sees it. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString().strip();
    }

    public static boolean isItemLink(String destination) {
        return destination.startsWith(ItemLinkAttributes.SCHEME);
    }

    public static String itemId(String destination) {
        return destination.substring(ItemLinkAttributes.SCHEME.length());
    }
}

package org.noticeboard.markdown;

import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.noticeboard.markdown.internal.CjkCharacters;

/**
 * A line break inside a paragraph between two Chinese characters (Han, kana, full-width
 * punctuation) renders as nothing, as a Chinese reader wrote it: a browser shows the newline as a
 * space, and {@code 本人身份证⏎原件} would read "本人身份证 原件". Next to Latin letters, digits
 * or Hangul it stays a line break, shown as a space.
 */
final class CjkSoftBreaks implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    CjkSoftBreaks(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(SoftLineBreak.class);
    }

    @Override
    public void render(Node node) {
        if (!joinsWideText(node)) {
            context.getWriter().raw(context.getSoftbreak());
        }
    }

    static boolean joinsWideText(Node lineBreak) {
        int before = lastCodePoint(previousInline(lineBreak));
        int after = firstCodePoint(nextInline(lineBreak));
        return before >= 0 && after >= 0
                && CjkCharacters.isWideText(before) && CjkCharacters.isWideText(after)
                && (CjkCharacters.isCjk(before) || CjkCharacters.isCjk(after));
    }

    /** The inline before {@code node} in its paragraph, leaving an emphasis or link it ends. */
    private static Node previousInline(Node node) {
        Node n = node;
        while (n.getPrevious() == null) {
            n = n.getParent();
            if (n == null || n instanceof Block) {
                return null;
            }
        }
        return n.getPrevious();
    }

    private static Node nextInline(Node node) {
        Node n = node;
        while (n.getNext() == null) {
            n = n.getParent();
            if (n == null || n instanceof Block) {
                return null;
            }
        }
        return n.getNext();
    }

    /** The last character {@code node} shows, or -1 when it is not text (an image, HTML…). */
    private static int lastCodePoint(Node node) {
        Node n = node;
        while (n != null && n.getLastChild() != null) {
            n = n.getLastChild();
        }
        String s = literal(n);
        return s == null || s.isEmpty() ? -1 : s.codePointBefore(s.length());
    }

    private static int firstCodePoint(Node node) {
        Node n = node;
        while (n != null && n.getFirstChild() != null) {
            n = n.getFirstChild();
        }
        String s = literal(n);
        return s == null || s.isEmpty() ? -1 : s.codePointAt(0);
    }

    private static String literal(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral();
        }
        return node instanceof Code code ? code.getLiteral() : null;
    }
}

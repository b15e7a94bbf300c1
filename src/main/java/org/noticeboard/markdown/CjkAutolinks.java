package org.noticeboard.markdown;

import java.util.EnumSet;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;
import org.noticeboard.markdown.internal.CjkCharacters;

/**
 * Bare URLs, {@code www.} addresses and e-mail addresses become links, as commonmark's autolink
 * extension makes them, except that an address ends where a Chinese reader sees it end: at the
 * first CJK character or full-width punctuation mark ({@code ，。；：！？（）【】《》“”、}, the
 * ideographic space). So in {@code 门户网站（https://www.example.gov.cn/）下载} only the URL is
 * linked. An address with Chinese characters in it is linked whole only when written in
 * {@code <…>} (a CommonMark autolink, parsed before this runs).
 */
final class CjkAutolinks implements PostProcessor {

    private final LinkExtractor extractor = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
            .build();

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // text inside a link is not linked again
            }

            @Override
            public void visit(Text text) {
                linkify(text);
            }
        });
        return document;
    }

    private void linkify(Text original) {
        String literal = original.getLiteral();
        List<SourceSpan> spans = original.getSourceSpans();
        SourceSpan span = spans.size() == 1 ? spans.get(0) : null;
        Node last = original;
        int textFrom = 0;
        int at = 0;
        while (at < literal.length()) {
            int end = runEnd(literal, at);
            for (Span found : extractor.extractSpans(literal.substring(at, end))) {
                if (found instanceof LinkSpan link) {
                    int begin = at + link.getBeginIndex();
                    int stop = at + link.getEndIndex();
                    last = insert(last, text(literal, textFrom, begin, span));
                    Text label = text(literal, begin, stop, span);
                    Link node = new Link(destination(link.getType(), label.getLiteral()), null);
                    node.appendChild(label);
                    node.setSourceSpans(label.getSourceSpans());
                    last = insert(last, node);
                    textFrom = stop;
                }
            }
            at = end == at ? at + Character.charCount(literal.codePointAt(at)) : end;
        }
        if (last != original) {
            insert(last, text(literal, textFrom, literal.length(), span));
            original.unlink();
        }
    }

    /** Where the run of characters that may hold an address, from {@code from}, ends. */
    private static int runEnd(String literal, int from) {
        int i = from;
        while (i < literal.length()) {
            int c = literal.codePointAt(i);
            if (CjkCharacters.isCjk(c) || CjkCharacters.isSharedPunctuation(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static Text text(String literal, int begin, int end, SourceSpan span) {
        Text text = new Text(literal.substring(begin, end));
        if (span != null) {
            text.addSourceSpan(span.subSpan(begin, end));
        }
        return text;
    }

    private static Node insert(Node after, Node node) {
        if (node instanceof Text text && text.getLiteral().isEmpty()) {
            return after;
        }
        after.insertAfter(node);
        return node;
    }

    private static String destination(LinkType type, String text) {
        return switch (type) {
            case EMAIL -> "mailto:" + text;
            case WWW -> "http://" + text;
            default -> text;
        };
    }
}

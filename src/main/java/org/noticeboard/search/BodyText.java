package org.noticeboard.search;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.noticeboard.text.TextBuffer;

/**
 * The text of a rendered body, for the search index: what jsoup's {@code Element.text()} gives,
 * as far as search terms can tell, without building a document. Tags are dropped; a block tag
 * (as jsoup classes it) or {@code br} separates words, an inline one ({@code strong}, {@code a}…)
 * does not; character references are decoded by jsoup's own decoder.
 */
final class BodyText {

    /** What commonmark's escaping writes, decoded without a lookup in jsoup's tables. */
    private static final Map<String, String> COMMON = Map.of("&amp;", "&", "&lt;", "<",
            "&gt;", ">", "&quot;", "\"", "&#39;", "'");
    /** Tags commonmark writes, classed once; others are looked up in jsoup's table. */
    private static final List<String> INLINE = List.of("a", "em", "strong", "code", "img",
            "span", "sup", "sub");
    /** Most frequent first: they are tried in this order. */
    private static final List<String> BLOCK = List.of("p", "li", "td", "tr", "h2", "h3", "br",
            "ul", "ol", "th", "h1", "h4", "h5", "h6", "blockquote", "pre", "hr", "table",
            "thead", "tbody", "div");

    private BodyText() {}

    static String of(String html) {
        Lazy text = new Lazy("", html);
        text.has(Integer.MAX_VALUE - 1);
        return text.text();
    }

    /**
     * {@code prefix} followed by the text of {@code html}, read from the front: the body is
     * turned into text only as far as it is read (a search index takes a body's first terms).
     */
    static SearchTokens.Source lazy(String prefix, String html) {
        return new Lazy(prefix, html);
    }

    private static final class Lazy implements SearchTokens.Source {

        private final String html;
        private final TextBuffer out;
        private int i;
        /** The next '<' and '&' at or after {@link #i} (or the end), found once each. */
        private int nextTag = -1;
        private int nextReference = -1;

        Lazy(String prefix, String html) {
            this.html = html;
            this.out = new TextBuffer(prefix.length() + Math.min(html.length(), 2048));
            out.append(prefix);
        }

        @Override
        public boolean has(int index) {
            int n = html.length();
            while (out.length() <= index && i < n) {
                char c = html.charAt(i);
                if (c == '<') {
                    int end = tagEnd(html, i + 1);
                    if (separates(html, i + 1, end)) {
                        out.append(' ');
                    }
                    i = end + 1;
                } else if (c == '&') {
                    int semi = html.indexOf(';', i);
                    int stop = semi < 0 || semi - i > 40 ? i + 1 : semi + 1;
                    String ref = html.substring(i, stop);
                    String common = COMMON.get(ref);
                    out.append(common != null ? common : Parser.unescapeEntities(ref, false));
                    i = stop;
                } else {
                    // the text up to the next tag or character reference, copied at once
                    if (nextTag < i) {
                        nextTag = next(html.indexOf('<', i), n);
                    }
                    if (nextReference < i) {
                        nextReference = next(html.indexOf('&', i), n);
                    }
                    int stop = Math.min(nextTag, nextReference);
                    out.append(html, i, stop);
                    i = stop;
                }
            }
            return index < out.length();
        }

        private static int next(int found, int end) {
            return found < 0 ? end : found;
        }

        @Override
        public char[] array() {
            return out.array();
        }

        @Override
        public int produced() {
            return out.length();
        }


        String text() {
            return out.toString();
        }
    }

    /** Whether {@code html[start, end)} is the lowercase ASCII {@code name} in any case. */
    private static boolean isNamed(String html, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = html.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the tag's closing '>', skipping quoted attribute values. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return html.length() - 1;
    }

    private static boolean separates(String html, int start, int end) {
        int i = start < end && html.charAt(start) == '/' ? start + 1 : start;
        int j = i;
        while (j < end && Character.isLetterOrDigit(html.charAt(j))) {
            j++;
        }
        if (j == i) {
            return true;
        }
        // the tags commonmark writes, told without a string per tag
        for (String block : BLOCK) {
            if (isNamed(html, i, j, block)) {
                return true;
            }
        }
        for (String inline : INLINE) {
            if (isNamed(html, i, j, inline)) {
                return false;
            }
        }
        String name = html.substring(i, j).toLowerCase(Locale.ROOT);
        return Tag.valueOf(name).isBlock();
    }
}

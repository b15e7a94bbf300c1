package org.noticeboard.markdown;

import java.util.Arrays;
import java.util.function.Function;

/**
 * {@code item:} links in a body rendered once: the target is written as a marker ({@code
 * href="\u0001board/type/slug"}) and resolved per page. Escaped text cannot hold {@code href="}
 * and link destinations are percent-encoded, so the marker only ever comes from an item link.
 */
public final class ItemLinks {

    private static final String MARKER = "href=\"\u0001";

    private ItemLinks() {}

    static String marker(String id) {
        return "\u0001" + id;
    }

    /** The body with every marked item link pointing where {@code links} says (id → URL). */
    public static String resolve(String html, Function<String, String> links) {
        int at = html.indexOf(MARKER);
        if (at < 0) {
            return html;
        }
        // characters, not a StringBuilder: a body with Chinese text made the builder copy
        // itself from one byte a character to two, and then once more into the string
        char[] out = new char[html.length() + 256];
        int length = 0;
        int from = 0;
        while (at >= 0) {
            int start = at + MARKER.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            String url = "href=\"" + escape(links.apply(html.substring(start, end)));
            int needed = length + (at - from) + url.length() + (html.length() - end);
            if (needed > out.length) {
                out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
            }
            html.getChars(from, at, out, length);
            length += at - from;
            url.getChars(0, url.length(), out, length);
            length += url.length();
            from = end;
            at = html.indexOf(MARKER, end);
        }
        html.getChars(from, html.length(), out, length);
        return new String(out, 0, length + html.length() - from);
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}

package org.noticeboard.markdown;

import java.util.function.Function;
import org.noticeboard.text.TextBuffer;

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
        TextBuffer out = new TextBuffer(html.length() + 256);
        int from = 0;
        while (at >= 0) {
            int start = at + MARKER.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            out.append(html, from, at);
            out.append("href=\"");
            out.append(escape(links.apply(html.substring(start, end))));
            from = end;
            at = html.indexOf(MARKER, end);
        }
        out.append(html, from, html.length());
        return out.toString();
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}

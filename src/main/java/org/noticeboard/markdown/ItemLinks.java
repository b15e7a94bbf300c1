package org.noticeboard.markdown;

import java.util.function.Function;
import org.noticeboard.text.TextBuffer;

/**
 * {@code item:} links and links to attached files in a body rendered once: the target is written
 * as a marker ({@code href="\u0001board/type/slug"}, {@code src="\u0001/files/…"} for a path
 * from the site root) and resolved per page. Escaped text cannot hold {@code ="} and link
 * destinations are percent-encoded, so the marker only ever comes from such a link.
 */
public final class ItemLinks {

    private static final String MARKER = "=\"\u0001";

    private ItemLinks() {}

    static String marker(String id) {
        return "\u0001" + id;
    }

    /** The marker of a file at {@code path} from the site root (e.g. {@code files/a/b.pdf}). */
    static String siteMarker(String path) {
        return "\u0001/" + path;
    }

    /**
     * Where a marker's target is, from the site root: an item's page, or the file a {@link
     * #siteMarker} names.
     */
    public static String target(String marked) {
        return marked.startsWith("/") ? marked.substring(1) : marked + ".html";
    }

    /**
     * The body with every marked link pointing where {@code links} says (id, or {@code /} and a
     * path from the site root → URL; see {@link #target}).
     */
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
            out.append("=\"");
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

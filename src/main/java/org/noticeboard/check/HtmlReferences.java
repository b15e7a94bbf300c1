package org.noticeboard.check;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Finds the {@code href} and {@code src} values of a page by scanning its tags, without building
 * a document tree: the check stage reads every generated page, and a full HTML parse of each one
 * cost as much as rendering it. Attribute syntax follows HTML (quoted, single-quoted or unquoted
 * values, any letter case, character references); comments, doctype and the text of {@code
 * script}, {@code style}, {@code textarea} and {@code title} are skipped as a browser would.
 */
final class HtmlReferences {

    private HtmlReferences() {}

    static List<String> of(String html) {
        List<String> refs = new ArrayList<>();
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                i = after(html, "-->", i + 4);
            } else if (c == '!' || c == '?' || c == '/') {
                i = after(html, ">", i + 1);
            } else if (isLetter(c)) {
                i = tag(html, i + 1, refs);
            } else {
                i++;
            }
            i = i < 0 ? -1 : html.indexOf('<', i);
        }
        return refs;
    }

    /** Reads one start tag from its name; returns the index after it (and its raw text). */
    private static int tag(String html, int start, List<String> refs) {
        int n = html.length();
        int i = start;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>'
                && html.charAt(i) != '/') {
            i++;
        }
        String name = html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        while (i < n) {
            char c = html.charAt(i);
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            if (c == '>') {
                i++;
                break;
            }
            int nameStart = i;
            while (i < n && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String attr = html.substring(nameStart, i);
            i = skipSpace(html, i);
            if (i >= n || html.charAt(i) != '=') {
                continue;
            }
            i = skipSpace(html, i + 1);
            int valueStart;
            int valueEnd;
            if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                valueStart = i + 1;
                valueEnd = html.indexOf(html.charAt(i), valueStart);
                valueEnd = valueEnd < 0 ? n : valueEnd;
                i = Math.min(n, valueEnd + 1);
            } else {
                valueStart = i;
                while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                    i++;
                }
                valueEnd = i;
            }
            if (attr.equalsIgnoreCase("href") || attr.equalsIgnoreCase("src")) {
                String value = html.substring(valueStart, valueEnd);
                refs.add(value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
            }
        }
        if (name.equals("script") || name.equals("style") || name.equals("textarea")
                || name.equals("title")) {
            String close = "</" + name;
            for (int at = html.indexOf("</", i); at >= 0; at = html.indexOf("</", at + 2)) {
                if (html.regionMatches(true, at, close, 0, close.length())) {
                    return at;
                }
            }
            return n;
        }
        return i;
    }

    private static int after(String html, String end, int from) {
        int at = html.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int skipSpace(String html, int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

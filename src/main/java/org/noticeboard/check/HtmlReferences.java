package org.noticeboard.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Finds the {@code href} and {@code src} values of a page by scanning its tags, without building
 * a document tree: the check stage reads every generated page, and a full HTML parse of each one
 * cost as much as rendering it. Attribute syntax follows HTML (quoted, single-quoted or unquoted
 * values, any letter case, character references); comments, doctype and the text of {@code
 * script}, {@code style}, {@code textarea} and {@code title} are skipped as a browser would.
 *
 * <p>It reads the page's UTF-8 bytes as written: HTML's syntax is all ASCII, and no byte of a
 * multi-byte UTF-8 character is ASCII, so only the attribute values it returns are decoded (a
 * page of Chinese text decoded whole cost more than the scan).
 */
final class HtmlReferences {

    private static final byte[][] RAW_TEXT = {bytes("script"), bytes("style"),
            bytes("textarea"), bytes("title")};
    private static final byte[] HREF = bytes("href");
    private static final byte[] SRC = bytes("src");

    private HtmlReferences() {}

    static List<String> of(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> of(byte[] html) {
        List<String> refs = new ArrayList<>();
        int n = html.length;
        int i = indexOf(html, (byte) '<', 0);
        while (i >= 0 && i < n - 1) {
            byte c = html[i + 1];
            if (c == '!' && startsWith(html, i, "<!--")) {
                i = after(html, "-->", i + 4);
            } else if (c == '!' || c == '?' || c == '/') {
                i = after(html, ">", i + 1);
            } else if (isLetter(c)) {
                i = tag(html, i + 1, refs);
            } else {
                i++;
            }
            i = i < 0 ? -1 : indexOf(html, (byte) '<', i);
        }
        return refs;
    }

    /** Reads one start tag from its name; returns the index after it (and its raw text). */
    private static int tag(byte[] html, int start, List<String> refs) {
        int n = html.length;
        int i = start;
        while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/') {
            i++;
        }
        byte[] rawText = rawText(html, start, i);
        while (i < n) {
            byte c = html[i];
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            if (c == '>') {
                i++;
                break;
            }
            int nameStart = i;
            while (i < n && !isSpace(html[i]) && html[i] != '=' && html[i] != '>'
                    && html[i] != '/') {
                i++;
            }
            int nameEnd = i;
            i = skipSpace(html, i);
            if (i >= n || html[i] != '=') {
                continue;
            }
            i = skipSpace(html, i + 1);
            int valueStart;
            int valueEnd;
            if (i < n && (html[i] == '"' || html[i] == '\'')) {
                valueStart = i + 1;
                valueEnd = indexOf(html, html[i], valueStart);
                valueEnd = valueEnd < 0 ? n : valueEnd;
                i = Math.min(n, valueEnd + 1);
            } else {
                valueStart = i;
                while (i < n && !isSpace(html[i]) && html[i] != '>') {
                    i++;
                }
                valueEnd = i;
            }
            if (matches(html, nameStart, nameEnd, HREF) || matches(html, nameStart, nameEnd, SRC)) {
                String value = new String(html, valueStart, valueEnd - valueStart,
                        StandardCharsets.UTF_8);
                refs.add(value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
            }
        }
        if (rawText != null) {
            for (int at = indexOf(html, (byte) '<', i); at >= 0;
                    at = indexOf(html, (byte) '<', at + 1)) {
                if (at + 1 < n && html[at + 1] == '/'
                        && at + 2 + rawText.length <= n
                        && matches(html, at + 2, at + 2 + rawText.length, rawText)) {
                    return at;
                }
            }
            return n;
        }
        return i;
    }

    /** The tag's name if its content is raw text to skip, else null. */
    private static byte[] rawText(byte[] html, int start, int end) {
        for (byte[] name : RAW_TEXT) {
            if (matches(html, start, end, name)) {
                return name;
            }
        }
        return null;
    }

    /** Whether {@code html[start, end)} is {@code lower} in any letter case. */
    private static boolean matches(byte[] html, int start, int end, byte[] lower) {
        if (end - start != lower.length) {
            return false;
        }
        for (int k = 0; k < lower.length; k++) {
            byte b = html[start + k];
            if (b >= 'A' && b <= 'Z') {
                b = (byte) (b + ('a' - 'A'));
            }
            if (b != lower[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] html, int at, String ascii) {
        if (at + ascii.length() > html.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (html[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int after(byte[] html, String end, int from) {
        byte first = (byte) end.charAt(0);
        for (int at = indexOf(html, first, from); at >= 0; at = indexOf(html, first, at + 1)) {
            if (startsWith(html, at, end)) {
                return at + end.length();
            }
        }
        return -1;
    }

    private static int indexOf(byte[] html, byte b, int from) {
        for (int k = Math.max(0, from); k < html.length; k++) {
            if (html[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] html, int i) {
        while (i < html.length && isSpace(html[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}

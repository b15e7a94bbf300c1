package org.noticeboard.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545 §3.1). ical4j's folding counts
 * characters, so a line of Chinese text came out at up to three times the limit; here a line
 * breaks only between whole characters (never inside a UTF-8 sequence or a surrogate pair), and
 * each continuation starts with one space.
 */
final class LineFolding {

    static final int OCTETS = 75;
    private static final String CRLF = "\r\n";

    private LineFolding() {}

    /** {@code text}: unfolded content lines, each ending in CRLF; returns them folded. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(CRLF, start);
            end = end < 0 ? text.length() : end;
            foldLine(text, start, end, out);
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int budget = OCTETS;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int octets = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets > budget) {
                out.append(CRLF).append(' ');
                budget = OCTETS - 1;
            }
            out.appendCodePoint(cp);
            budget -= octets;
            i += Character.charCount(cp);
        }
    }
}

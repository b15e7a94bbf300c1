package org.noticeboard.search;

import java.util.Arrays;

/**
 * Text built a character at a time, readable by index while it grows: a plain array, because the
 * search text is read and written character by character, where a StringBuilder's checks per call
 * cost more than the work.
 */
final class TextBuffer {

    private char[] chars;
    private int length;

    TextBuffer(int capacity) {
        chars = new char[Math.max(1, capacity)];
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    /** Appends {@code s[from, to)}. */
    void append(String s, int from, int to) {
        if (length + to - from > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length * 2, length + to - from));
        }
        s.getChars(from, to, chars, length);
        length += to - from;
    }

    void append(String s) {
        for (int k = 0; k < s.length(); k++) {
            append(s.charAt(k));
        }
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        return chars[index];
    }

    /** The characters so far; valid up to {@link #length}, and only until the next append. */
    char[] array() {
        return chars;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}

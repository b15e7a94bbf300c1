package org.noticeboard.text;

import java.util.Arrays;

/**
 * Text built piece by piece in a plain character array, readable by index while it grows. Not a
 * StringBuilder: the search text is read and written a character at a time, where a builder's
 * checks per call cost more than the work; and a builder starts at one byte a character, widens
 * itself at the first Chinese character and is copied once more into its string, which for
 * bodies rewritten on every page (item links, print bodies) was most of the copying.
 */
public final class TextBuffer {

    private char[] chars;
    private int length;

    public TextBuffer(int capacity) {
        chars = new char[Math.max(1, capacity)];
    }

    public void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    /** Appends {@code s[from, to)}. */
    public void append(String s, int from, int to) {
        if (length + to - from > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length * 2, length + to - from));
        }
        s.getChars(from, to, chars, length);
        length += to - from;
    }

    public void append(String s) {
        append(s, 0, s.length());
    }

    public int length() {
        return length;
    }

    public char charAt(int index) {
        return chars[index];
    }

    /** The characters so far; valid up to {@link #length}, and only until the next append. */
    public char[] array() {
        return chars;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}

package org.noticeboard.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 as the template writes: a page goes from the template straight
 * to the bytes that are written, not through a StringBuffer, a String and a copy (at 10,000 items
 * those copies were a tenth of all memory allocated). Not thread-safe: one per page.
 */
final class Utf8Output extends Writer {

    private byte[] bytes;
    private int length;
    /** Where a written string's characters are copied to be encoded: array reads are cheap. */
    private char[] chars = new char[256];
    /** A high surrogate whose low half has not been written yet. */
    private char pending;

    Utf8Output(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        write(chars, 0, 1);
    }

    @Override
    public void write(String s, int offset, int count) {
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
        }
        s.getChars(offset, offset + count, chars, 0);
        write(chars, 0, count);
    }

    @Override
    public Writer append(CharSequence s) {
        String text = String.valueOf(s);
        write(text, 0, text.length());
        return this;
    }

    @Override
    public void write(char[] source, int offset, int count) {
        // at most three bytes a character, and a pending high surrogate's '?'
        if (length + 3 * count + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 3 * count + 4));
        }
        byte[] b = bytes;
        int n = length;
        int i = offset;
        int end = offset + count;
        if (pending != 0 && i < end) {
            char c = source[i];
            if (Character.isLowSurrogate(c)) {
                n = fourBytes(b, n, Character.toCodePoint(pending, c));
                i++;
            } else {
                b[n++] = '?'; // a lone high surrogate; c is written as it comes
            }
            pending = 0;
        }
        while (i < end) {
            char c = source[i++];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i == end) {
                    pending = c; // its low half may come with the next write
                } else if (Character.isLowSurrogate(source[i])) {
                    n = fourBytes(b, n, Character.toCodePoint(c, source[i++]));
                } else {
                    b[n++] = '?';
                }
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?'; // a lone surrogate, as String.getBytes writes it
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = n;
    }

    private static int fourBytes(byte[] b, int n, int cp) {
        b[n] = (byte) (0xF0 | cp >> 18);
        b[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n + 3] = (byte) (0x80 | cp & 0x3F);
        return n + 4;
    }

    /** The bytes written, a lone high surrogate at the end written as String.getBytes does. */
    byte[] toByteArray() {
        if (pending != 0) {
            pending = 0;
            bytes = length < bytes.length ? bytes : Arrays.copyOf(bytes, length + 1);
            bytes[length++] = '?';
        }
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}

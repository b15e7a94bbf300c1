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
    /** A high surrogate whose low half has not been written yet. */
    private char pending;

    Utf8Output(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int offset, int count) {
        ensure(count);
        for (int i = offset; i < offset + count; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pending == 0 && length < bytes.length) {
                bytes[length++] = (byte) c; // most of a page's markup
            } else {
                put(c);
            }
        }
    }

    @Override
    public Writer append(CharSequence s) {
        String text = String.valueOf(s);
        write(text, 0, text.length());
        return this;
    }

    private void put(char c) {
        ensure(4);
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[length++] = '?'; // a lone surrogate, as String.getBytes writes it
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** The bytes written, a lone high surrogate at the end written as String.getBytes does. */
    byte[] toByteArray() {
        if (pending != 0) {
            pending = 0;
            ensure(1);
            bytes[length++] = '?';
        }
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}

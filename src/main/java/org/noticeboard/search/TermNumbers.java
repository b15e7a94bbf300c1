package org.noticeboard.search;

import java.util.Arrays;

/**
 * Distinct terms, each numbered in the order it was first added (0, 1, 2…), found by a slice of
 * a character array without making a string of it: the tokeniser asks for every word of a body
 * and the index for every term of every document, and most were seen before. The terms' characters
 * are kept one after another in one array; an open-addressed table leads to their numbers.
 */
final class TermNumbers {

    private char[] chars = new char[512];
    private int used;
    /** By number: where a term starts in {@link #chars}, and its length. */
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int size;
    /** Open-addressed: a term's number + 1, or 0 for an empty slot. */
    private int[] slots = new int[64];

    int size() {
        return size;
    }

    /** The number of {@code s[from, to)}, added as the next number if it is new. */
    int add(char[] s, int from, int to) {
        int slot = slot(s, from, to);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        int length = to - from;
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        System.arraycopy(s, from, chars, used, length);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        starts[size] = used;
        lengths[size] = length;
        used += length;
        slots[slot] = ++size;
        if (2 * size > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** The number of {@code s[from, to)}, or -1 if it was never added. */
    int find(char[] s, int from, int to) {
        return slots[slot(s, from, to)] - 1;
    }

    String term(int number) {
        return new String(chars, starts[number], lengths[number]);
    }

    /** The slot holding {@code s[from, to)}, or the empty slot where it would go. */
    private int slot(char[] s, int from, int to) {
        int length = to - from;
        int mask = slots.length - 1;
        for (int slot = hash(s, from, to) & mask; ; slot = (slot + 1) & mask) {
            int number = slots[slot] - 1;
            if (number < 0 || lengths[number] == length && Arrays.equals(chars, starts[number],
                    starts[number] + length, s, from, to)) {
                return slot;
            }
        }
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int number = 0; number < size; number++) {
            int start = starts[number];
            int slot = hash(chars, start, start + lengths[number]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = number + 1;
        }
    }

    /** {@link String#hashCode}'s hash of the slice, its high bits spread into the low ones. */
    private static int hash(char[] s, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + s[k];
        }
        return hash ^ hash >>> 16;
    }
}

package org.noticeboard.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How text becomes search terms — the one rule that {@code search.js} repeats in the browser.
 * Text is NFKC-normalised (full-width ２０２６ becomes 2026) and lowercased, then split into runs:
 * a run of Chinese characters gives its overlapping pairs (低保申请 → 低保, 保申, 申请), or the
 * character itself when the run is one character long; a run of ASCII letters and digits is a
 * word, kept when at least two characters long. Everything else separates runs.
 */
final class SearchTokens {

    private SearchTokens() {}

    /** The terms of {@code text}; with {@code unigrams}, every Chinese character as well. */
    static Set<String> terms(String text, boolean unigrams) {
        return terms(text, unigrams, Integer.MAX_VALUE);
    }

    static Set<String> terms(String text, boolean unigrams, int limit) {
        return terms(Source.of(text), unigrams, limit);
    }

    /**
     * Text read from the front, which may be produced only as far as it is read (the text of a
     * rendered body: its first terms need only its first few hundred characters).
     */
    interface Source {

        /** Whether the text is longer than {@code index}, producing more of it if needed. */
        boolean has(int index);

        char charAt(int index);

        String substring(int from, int to);

        static Source of(String text) {
            return new Source() {
                @Override
                public boolean has(int index) {
                    return index < text.length();
                }

                @Override
                public char charAt(int index) {
                    return text.charAt(index);
                }

                @Override
                public String substring(int from, int to) {
                    return text.substring(from, to);
                }
            };
        }
    }

    /**
     * The first {@code limit} distinct terms of {@code text}, in order: the text is normalised
     * only as far as they reach (a 5 KB body gives its 200 terms within a few hundred
     * characters).
     */
    static Set<String> terms(Source text, boolean unigrams, int limit) {
        Set<String> out = new LinkedHashSet<>();
        Folded s = new Folded(text);
        int i = 0;
        while (s.has(i) && out.size() < limit) {
            char c = s.charAt(i);
            int j = i;
            if (isHan(c)) {
                while (s.has(j) && isHan(s.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    out.add(s.substring(i, j));
                }
                for (int k = i; k + 1 < j && out.size() < limit; k++) {
                    out.add(s.substring(k, k + 2));
                }
                if (unigrams) {
                    for (int k = i; k < j; k++) {
                        out.add(s.substring(k, k + 1));
                    }
                }
            } else if (isWord(c)) {
                while (s.has(j) && isWord(s.charAt(j))) {
                    j++;
                }
                if (j - i >= 2) {
                    out.add(s.substring(i, j));
                }
            } else {
                j++;
            }
            i = j;
        }
        return out;
    }

    /** CJK Unified Ideographs, Extension A and the compatibility block (BMP only). */
    static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u4dbf' || c >= '\u4e00' && c <= '\u9fff'
                || c >= '\uf900' && c <= '\ufaff';
    }

    static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * The text NFKC-normalised and lowercased, produced on demand from the front. ASCII and the
     * unified ideographs are their own normal form, and nothing before them can combine with
     * them, so the text splits before each of them into pieces that normalise independently:
     * such a character alone needs no normaliser; only a piece with anything else in it (a
     * character and the punctuation or marks that follow it) goes through {@link Normalizer}.
     * The result is the normalisation of the whole text, up to a Greek final sigma, which is not
     * part of any term either way.
     */
    private static final class Folded {

        private final Source text;
        private final StringBuilder out = new StringBuilder(1024);
        private int read;

        Folded(Source text) {
            this.text = text;
        }

        boolean has(int index) {
            while (out.length() <= index && text.has(read)) {
                step();
            }
            return index < out.length();
        }

        char charAt(int index) {
            return out.charAt(index);
        }

        String substring(int from, int to) {
            return out.substring(from, to);
        }

        /** Folds the next piece: one plain character and whatever else follows it. */
        private void step() {
            int end = read + 1;
            while (text.has(end) && !plain(text.charAt(end))) {
                end++;
            }
            char c = text.charAt(read);
            if (end == read + 1 && plain(c)) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                out.append(Normalizer.normalize(text.substring(read, end),
                        Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
            }
            read = end;
        }

        private static boolean plain(char c) {
            return c < 0x80 || c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
        }
    }
}

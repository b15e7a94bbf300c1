package org.noticeboard.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.noticeboard.text.TextBuffer;

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

        /**
         * The characters produced so far, valid up to {@link #produced} and only until the next
         * {@link #has}: a reader goes through a run of them without a call per character.
         */
        char[] array();

        int produced();

        default char charAt(int index) {
            return array()[index];
        }

        default String substring(int from, int to) {
            return new String(array(), from, to - from);
        }

        static Source of(String text) {
            char[] chars = text.toCharArray();
            return new Source() {
                @Override
                public boolean has(int index) {
                    return index < chars.length;
                }

                @Override
                public char[] array() {
                    return chars;
                }

                @Override
                public int produced() {
                    return chars.length;
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
        scan(text, unigrams, limit, new Distinct() {
            @Override
            void add(char[] s, int from, int to) {
                out.add(new String(s, from, to - from));
            }
        });
        return out;
    }

    /**
     * The same terms joined by spaces, the form the search index keeps; without a string per
     * term, and with Chinese pairs told apart as numbers (tokenising was a tenth of a
     * 10,000-item build when every term, seen before or not, became a string in a set).
     */
    static String joined(Source text, boolean unigrams, int limit) {
        StringBuilder out = new StringBuilder(limit < 1000 ? limit * 3 : 64);
        scan(text, unigrams, limit, new Distinct() {
            @Override
            void add(char[] s, int from, int to) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(s, from, to - from);
            }
        });
        return out.toString();
    }

    private static void scan(Source text, boolean unigrams, int limit, Distinct out) {
        Folded s = new Folded(text);
        int i = 0;
        while (s.has(i) && out.size < limit) {
            char c = s.charAt(i);
            int j = i;
            if (isHan(c)) {
                while (s.has(j) && isHan(s.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    out.han(s, i, c);
                }
                for (int k = i; k + 1 < j && out.size < limit; k++) {
                    out.han(s, k, s.charAt(k) << 16 | s.charAt(k + 1));
                }
                if (unigrams) {
                    for (int k = i; k < j; k++) {
                        out.han(s, k, s.charAt(k));
                    }
                }
            } else if (isWord(c)) {
                while (s.has(j) && isWord(s.charAt(j))) {
                    j++;
                }
                if (j - i >= 2) {
                    out.word(s, i, j);
                }
            } else {
                j++;
            }
            i = j;
        }
    }

    /**
     * Terms seen so far, each passed on once. A Chinese term is one character or a pair, so it
     * is known by a number: the character, or the pair's two characters in one int (a pair's
     * first character is at least U+3400, so pairs and single characters never share one).
     */
    private abstract static class Distinct {
        private int[] han = new int[256];
        private int hanCount;
        /** The words seen (most words of a body were seen before). */
        private final TermNumbers words = new TermNumbers();
        int size;

        abstract void add(char[] s, int from, int to);

        void han(Folded s, int at, int key) {
            if (addHan(key)) {
                size++;
                add(s.text(), at, at + (key >>> 16 != 0 ? 2 : 1));
            }
        }

        void word(Folded s, int from, int to) {
            int seen = words.size();
            words.add(s.text(), from, to);
            if (words.size() > seen) {
                size++;
                add(s.text(), from, to);
            }
        }

        /** Adds to an open-addressed set of non-zero ints; false if it was there. */
        private boolean addHan(int key) {
            if (2 * (hanCount + 1) > han.length) {
                int[] old = han;
                han = new int[old.length * 2];
                hanCount = 0;
                for (int k : old) {
                    if (k != 0) {
                        addHan(k);
                    }
                }
            }
            int mask = han.length - 1;
            int hash = key * 0x9E3779B9;
            for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
                if (han[slot] == key) {
                    return false;
                }
                if (han[slot] == 0) {
                    han[slot] = key;
                    hanCount++;
                    return true;
                }
            }
        }
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

        /**
         * General, CJK and full-width punctuation, each folded once rather than at every comma
         * of every body (the normaliser was a tenth of the tokenising).
         */
        private static final String[] GENERAL = foldedAlone('\u2000', '\u2070');
        private static final String[] CJK = foldedAlone('\u3000', '\u3040');
        private static final String[] FULL_WIDTH = foldedAlone('\uFF00', '\uFFF0');
        private static final boolean[] GENERAL_INERT = inert('\u2000', '\u2070');
        private static final boolean[] CJK_INERT = inert('\u3000', '\u3040');
        private static final boolean[] FULL_WIDTH_INERT = inert('\uFF00', '\uFFF0');

        private final Source text;
        private final TextBuffer out = new TextBuffer(1024);
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

        /** The text folded so far, valid up to the last index {@link #has} confirmed. */
        char[] text() {
            return out.array();
        }

        /** Folds the next piece: one plain character and whatever else follows it. */
        private void step() {
            // most text is plain characters each followed by one that starts a piece: those are
            // folded in one loop over what the source has produced
            char[] source = text.array();
            int produced = text.produced();
            int r = read;
            while (r + 1 < produced && plain(source[r]) && startsPiece(source[r + 1])) {
                char c = source[r++];
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            if (r > read) {
                read = r;
                return;
            }
            int end = read + 1;
            while (text.has(end) && !startsPiece(text.charAt(end))) {
                end++;
            }
            char c = text.charAt(read);
            if (end == read + 1 && plain(c)) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                String alone = end == read + 1 ? foldedAlone(c) : null;
                out.append(alone != null ? alone : fold(text.substring(read, end)));
            }
            read = end;
        }

        private static String fold(String piece) {
            return Normalizer.normalize(piece, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        }

        private static String foldedAlone(char c) {
            if (c >= '\u2000' && c < '\u2070') {
                return GENERAL[c - '\u2000'];
            }
            if (c >= '\u3000' && c < '\u3040') {
                return CJK[c - '\u3000'];
            }
            return c >= '\uFF00' && c < '\uFFF0' ? FULL_WIDTH[c - '\uFF00'] : null;
        }

        /**
         * Whether nothing before {@code c} can combine with it, so the text may split before it:
         * plain characters, and punctuation whose decomposition is only punctuation, symbols,
         * spaces or ASCII (not a mark such as the half-width voiced sound mark, which joins the
         * kana before it). Without this, a comma after a Chinese character made a piece of two
         * characters, and every such piece went through the normaliser.
         */
        private static boolean startsPiece(char c) {
            if (plain(c)) {
                return true;
            }
            if (c >= '\u2000' && c < '\u2070') {
                return GENERAL_INERT[c - '\u2000'];
            }
            if (c >= '\u3000' && c < '\u3040') {
                return CJK_INERT[c - '\u3000'];
            }
            return c >= '\uFF00' && c < '\uFFF0' && FULL_WIDTH_INERT[c - '\uFF00'];
        }

        private static boolean[] inert(char from, char to) {
            boolean[] inert = new boolean[to - from];
            for (int k = 0; k < inert.length; k++) {
                String parts = Normalizer.normalize(String.valueOf((char) (from + k)),
                        Normalizer.Form.NFKD);
                inert[k] = parts.chars().allMatch(Folded::inertPart);
            }
            return inert;
        }

        private static boolean inertPart(int c) {
            if (c < 0x80) {
                return true;
            }
            return switch (Character.getType(c)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                        Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                        Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                        Character.OTHER_PUNCTUATION, Character.SPACE_SEPARATOR,
                        Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                        Character.OTHER_SYMBOL -> true;
                default -> false;
            };
        }

        private static String[] foldedAlone(char from, char to) {
            String[] folded = new String[to - from];
            for (int k = 0; k < folded.length; k++) {
                folded[k] = fold(String.valueOf((char) (from + k)));
            }
            return folded;
        }

        private static boolean plain(char c) {
            return c < 0x80 || c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
        }
    }
}

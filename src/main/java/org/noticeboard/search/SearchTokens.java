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
        Set<String> out = new LinkedHashSet<>();
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            if (isHan(c)) {
                while (j < s.length() && isHan(s.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    out.add(s.substring(i, j));
                }
                for (int k = i; k + 1 < j; k++) {
                    out.add(s.substring(k, k + 2));
                }
                if (unigrams) {
                    for (int k = i; k < j; k++) {
                        out.add(s.substring(k, k + 1));
                    }
                }
            } else if (isWord(c)) {
                while (j < s.length() && isWord(s.charAt(j))) {
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
}

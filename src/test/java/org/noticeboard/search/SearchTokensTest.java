package org.noticeboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tokeniser normalises text piece by piece and stops at the terms it needs: it must give
 * the terms of the rule as written — NFKC and lowercase over the whole text, then split.
 */
class SearchTokensTest {

    /** The rule as search.js states it, on the whole text at once. */
    private static List<String> rule(String text, boolean unigrams) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            if (SearchTokens.isHan(s.charAt(i))) {
                while (j < s.length() && SearchTokens.isHan(s.charAt(j))) {
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
            } else if (SearchTokens.isWord(s.charAt(i))) {
                while (j < s.length() && SearchTokens.isWord(s.charAt(j))) {
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
        return List.copyOf(out);
    }

    /** What NFKC changes or joins: full-width forms, marks after letters, ligatures… */
    private static final String TRICKY = "ＡＢＣ２０２６ａ，。、（）：；“”\u0301\u0308\u0338<=>"
            + "\uFB01\u2460\u3251\u2F00\u2F08\uF900\uF9FF\u3192\u00B2\u212A\u0130\u03A3\u03C3"
            + "\u1100\u1161\u11A8\uAC00 \t\n-_/.é\uD840\uDC00\u3000\u00A0ｶﾞ\uFF9E"
            + "\u302A\u3099\u309B\uFF9F\uFFE3\u2024\u2025\u3003\u301C";

    @Test
    void piecewiseNormalisationGivesTheTermsOfTheWholeText() {
        Random random = new Random(7);
        String plain = "低保申请和平街道Residence permit 2026 abc\uFA0E\uFA0F";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                String from = random.nextBoolean() ? TRICKY : plain;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            String s = text.toString();
            for (boolean unigrams : new boolean[] {false, true}) {
                assertEquals(rule(s, unigrams), List.copyOf(SearchTokens.terms(s, unigrams)),
                        () -> "for " + s.codePoints().mapToObj(Integer::toHexString).toList());
                int limit = random.nextInt(12);
                assertEquals(String.join(" ", SearchTokens.terms(s, unigrams, limit)),
                        SearchTokens.joined(SearchTokens.Source.of(s), unigrams, limit));
            }
        }
    }

    @Test
    void manyWordsEachComeOnceInOrder() {
        // hundreds of distinct words, each repeated: the table of words seen must grow
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < 6000; n++) {
            int length = 2 + random.nextInt(4);
            for (int k = 0; k < length; k++) {
                text.append((char) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26)));
            }
            text.append(random.nextInt(5) == 0 ? "，申请" : " ");
        }
        String s = text.toString();
        List<String> expected = rule(s, false);
        assertEquals(expected, List.copyOf(SearchTokens.terms(s, false)));
        assertEquals(String.join(" ", expected.subList(0, 1000)),
                SearchTokens.joined(SearchTokens.Source.of(s), false, 1000));
    }

    @Test
    void aLimitGivesTheFirstDistinctTermsInOrder() {
        String text = "低保申请低保 permit PERMIT Ｐermit 和平街道";
        List<String> all = rule(text, false);
        for (int limit = 0; limit <= all.size() + 1; limit++) {
            assertEquals(all.subList(0, Math.min(limit, all.size())),
                    new ArrayList<>(SearchTokens.terms(text, false, limit)), "limit " + limit);
        }
    }
}

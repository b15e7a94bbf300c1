package org.noticeboard.markdown.internal;

import java.util.Arrays;

/**
 * The character classes of the CommonMark CJK-friendly amendments (the "markdown-cjk-friendly"
 * specification, CommonMark spec issue #650): a CJK character is one of East Asian Width W, F
 * or H that is not an emoji by default, or any Hangul. Java has no East Asian Width property, so
 * the code points are the specification's own table (as of Unicode 16).
 */
public final class CjkCharacters {

    /** Inclusive ranges, sorted: start, end, start, end… */
    private static final int[] CJK = {
        0x1100, 0x11FF, 0x20A9, 0x20A9, 0x2329, 0x232A, 0x2630, 0x2637, 0x268A, 0x268F,
        0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x303E, 0x3041, 0x3096,
        0x3099, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E5, 0x31EF, 0x321E,
        0x3220, 0x3247, 0x3250, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3,
        0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE52,
        0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF,
        0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0xFFE0, 0xFFE6, 0xFFE8, 0xFFEE, 0x16FE0, 0x16FE4,
        0x16FF0, 0x16FF6, 0x17000, 0x18CD5, 0x18CFF, 0x18D1E, 0x18D80, 0x18DF2,
        0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122,
        0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167,
        0x1B170, 0x1B2FB, 0x1D300, 0x1D356, 0x1D360, 0x1D376, 0x1F200, 0x1F200,
        0x1F202, 0x1F202, 0x1F210, 0x1F219, 0x1F21B, 0x1F22E, 0x1F230, 0x1F231,
        0x1F237, 0x1F237, 0x1F23B, 0x1F23B, 0x1F240, 0x1F248, 0x1F260, 0x1F265,
        0x20000, 0x3FFFD,
    };

    private CjkCharacters() {}

    /** A CJK character: Han, kana, Hangul, bopomofo, full-width forms, CJK punctuation… */
    public static boolean isCjk(int codePoint) {
        if (codePoint < CJK[0]) {
            return false;
        }
        int at = Arrays.binarySearch(CJK, codePoint);
        // found: a range's start or end; not found: inside a range when the insertion point is odd
        return at >= 0 || (-at - 1) % 2 == 1;
    }

    /** An ideographic variation selector (U+E0100–U+E01EF), as in 葛󠄀. */
    public static boolean isIdeographicVariationSelector(int codePoint) {
        return codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    /** A variation selector other than the emoji one, U+FE0F: U+FE00–U+FE0E. */
    public static boolean isTextVariationSelector(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0E;
    }

    /**
     * Punctuation of Chinese text that Unicode gives an ambiguous width (not CJK by the table):
     * the curly quotation marks, the ellipsis {@code ……} and the dash {@code ——}.
     */
    public static boolean isSharedPunctuation(int codePoint) {
        return isAmbiguousQuote(codePoint) || codePoint == 0x2026 || codePoint == 0x2014;
    }

    /**
     * Chinese or Japanese text for line breaking: CJK but not Hangul (Korean separates words
     * with spaces, so a line break there stays one), or punctuation shared with it.
     */
    public static boolean isWideText(int codePoint) {
        return isCjk(codePoint) && Character.UnicodeScript.of(codePoint)
                != Character.UnicodeScript.HANGUL || isSharedPunctuation(codePoint);
    }

    /** Quotation marks that become full-width punctuation when followed by U+FE01. */
    static boolean isAmbiguousQuote(int codePoint) {
        return codePoint == 0x2018 || codePoint == 0x2019 || codePoint == 0x201C
                || codePoint == 0x201D;
    }
}

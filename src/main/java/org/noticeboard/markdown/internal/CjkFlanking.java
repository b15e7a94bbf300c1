package org.noticeboard.markdown.internal;

import java.util.function.IntSupplier;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.text.Characters;

/**
 * Whether a delimiter run ({@code *}, {@code _}, {@code ~}…) can open or close emphasis, by the
 * CommonMark CJK-friendly amendments: CommonMark's flanking rules, except that CJK punctuation
 * does not count against a run, and a CJK character before (or after) a run lets it open (or
 * close) even next to other punctuation. So {@code 组织，**每单月15日上午（遇节假日顺延）**为}
 * is strong emphasis, as a Chinese reader expects. Without CJK characters or variation selectors
 * nearby the result is CommonMark's own.
 */
final class CjkFlanking {

    /** What a delimiter run may do: {@code canOpen} and {@code canClose} emphasis. */
    record Flags(boolean canOpen, boolean canClose) {}

    private static final int WHITESPACE = 1;
    private static final int PUNCTUATION = 2;
    private static final int CJK = 4;
    private static final int IDEOGRAPHIC_VARIATION = 8;

    private CjkFlanking() {}

    /**
     * @param before the code point before the run ({@link Scanner#END} at the start)
     * @param twoBefore the code point before that, asked only when {@code before} is a
     *     variation selector, which is read together with the character it selects (a
     *     quotation mark followed by U+FE01 is full-width, CJK punctuation)
     * @param after the code point after the run ({@link Scanner#END} at the end)
     */
    static Flags of(char delimiter, int before, IntSupplier twoBefore, int after) {
        int b = preceding(before, twoBefore);
        int a = kind(after);
        boolean beforeWhitespace = has(b, WHITESPACE);
        boolean afterWhitespace = has(a, WHITESPACE);
        boolean beforeNonCjkPunctuation = has(b, PUNCTUATION) && !has(b, CJK);
        boolean afterNonCjkPunctuation = has(a, PUNCTUATION) && !has(a, CJK);

        boolean leftFlanking = !afterWhitespace && (!afterNonCjkPunctuation || beforeWhitespace
                || beforeNonCjkPunctuation || has(b, CJK) || has(b, IDEOGRAPHIC_VARIATION));
        boolean rightFlanking = !beforeWhitespace && (!beforeNonCjkPunctuation
                || afterWhitespace || afterNonCjkPunctuation || has(a, CJK));
        if (delimiter == '_') {
            return new Flags(leftFlanking && (!rightFlanking || has(b, PUNCTUATION)),
                    rightFlanking && (!leftFlanking || has(a, PUNCTUATION)));
        }
        return new Flags(leftFlanking, rightFlanking);
    }

    /** The class of the character before a run, looking through a variation selector. */
    private static int preceding(int before, IntSupplier twoBefore) {
        if (!CjkCharacters.isTextVariationSelector(before)) {
            return kind(before);
        }
        int main = twoBefore.getAsInt();
        int mainKind = kind(main);
        if (has(mainKind, WHITESPACE)) {
            return 0; // a selector after a space selects nothing: an ordinary character
        }
        if (before == 0xFE01 && CjkCharacters.isAmbiguousQuote(main)) {
            return PUNCTUATION | CJK; // the full-width form of a quotation mark
        }
        return mainKind & ~IDEOGRAPHIC_VARIATION;
    }

    private static int kind(int codePoint) {
        if (codePoint == Scanner.END || Characters.isWhitespaceCodePoint(codePoint)) {
            return WHITESPACE;
        }
        if (CjkCharacters.isIdeographicVariationSelector(codePoint)) {
            return IDEOGRAPHIC_VARIATION;
        }
        int kind = Characters.isPunctuationCodePoint(codePoint) ? PUNCTUATION : 0;
        return CjkCharacters.isCjk(codePoint) ? kind | CJK : kind;
    }

    private static boolean has(int kind, int flag) {
        return (kind & flag) != 0;
    }
}

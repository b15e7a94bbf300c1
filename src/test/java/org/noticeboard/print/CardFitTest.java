package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.noticeboard.print.CardView.CardSection;

class CardFitTest {

    private final CardFit fit = new CardFit();

    @Test
    void chineseTextWrapsAtOneEmPerCharacter() {
        assertEquals(1, CardFit.lines("一二三四五六七八九十", 11));
        assertEquals(2, CardFit.lines("一二三四五六七八九十", 10));
        assertEquals(3, CardFit.lines("一二三四五六七八九十".repeat(2), 8));
    }

    @Test
    void aPhoneNumberMovesToTheNextLineWhole() {
        // 8 Chinese characters then a 12-character number (7.2 em) in a 12-em column.
        assertEquals(2, CardFit.lines("咨询电话咨询电话010-65212345", 12));
        assertEquals(1, CardFit.lines("010-65212345", 12));
    }

    @Test
    void linesAreThoseOfTheStreamFormulaOnRandomText() {
        // the widths of a word were summed by a stream (compensated); the loop must agree to
        // the last bit, or a card near a limit would get another type size
        Random random = new Random(20261130);
        String alphabet = "申请材料abcXYZ0123456789 -.,，。：（）—…𠀀";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                // long Latin runs too, past the table of run widths
                if (random.nextInt(40) == 0) {
                    text.append("9".repeat(random.nextInt(300)));
                }
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            double ems = 3 + random.nextInt(400) / 10.0;
            assertEquals(streamLines(text.toString(), ems), CardFit.lines(text.toString(), ems),
                    text + " in " + ems);
        }
    }

    /** CardFit.lines as it was written first, with a string and a stream per word. */
    private static int streamLines(String text, double ems) {
        double usable = ems - CardFit.BREAK_LOSS;
        int lines = 1;
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (CardFit.width(text.codePointAt(i)) < 1 && text.codePointAt(i) != ' ') {
                while (end < text.length() && CardFit.width(text.codePointAt(end)) < 1
                        && text.codePointAt(end) != ' ') {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            double w = text.substring(i, end).codePoints().mapToDouble(CardFit::width).sum();
            if (used + w > usable && used > 0) {
                lines++;
                used = 0;
            }
            while (w > usable) {
                lines++;
                w -= usable;
            }
            used += w;
            i = end;
        }
        return lines;
    }

    @Test
    void aShortCardKeepsTheLargestType() {
        assertEquals(Optional.of(CardFit.LARGEST), fit.size("申请", "街道",
                List.of(CardSection.text("收费标准", "不收费"))));
    }

    @Test
    void moreTextShrinksTheTypeStepByStepAndThenGivesUp() {
        List<String> steps = Collections.nCopies(25, "申请人向社区服务站提交申请材料，工作人员当场审核");
        double medium = fit.size("申请", "街道", List.of(CardSection.list("办理流程", steps,
                true))).orElseThrow();
        assertTrue(medium < CardFit.LARGEST && medium >= CardFit.SMALLEST, "size " + medium);
        List<String> many = Collections.nCopies(60, "申请人向社区服务站提交申请材料，工作人员当场审核");
        assertEquals(Optional.empty(), fit.size("申请", "街道",
                List.of(CardSection.list("办理流程", many, true))));
    }

    @Test
    void heightGrowsWithTypeSize() {
        List<CardSection> s = List.of(CardSection.text("办理地点", "和平街12号一层政务服务大厅"));
        assertTrue(fit.heightMm(10, "标题", "街道", s) > fit.heightMm(7, "标题", "街道", s));
    }
}

package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
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

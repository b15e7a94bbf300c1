package org.noticeboard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.model.TimeLimit;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** 办事指南 rules, each on one mistake in an otherwise valid guide. */
class ServiceGuideRulesTest {

    private static final String FILE = "content/street/procedure/a.md";

    @TempDir
    Path temp;

    private List<String> check(String from, String to) {
        String guide = Items.procedure("最低生活保障申请");
        assertTrue(guide.contains(from), from);
        return TestSite.lines(TestSite.in(temp)
                .file("street/procedure/a.md", guide.replace(from, to)).check());
    }

    @Test
    void validGuideHasNoProblems() {
        assertEquals(List.of(), check("fee: 不收费", "fee: 不收费"));
    }

    @Test
    void feeWrittenTheWaysOfficesSayFreeIsAccepted() {
        for (String free : List.of("免费", "不收费", "无", "0元", "0", "免收费用", "不收取任何费用")) {
            assertEquals(List.of(), check("fee: 不收费", "fee: " + free), free);
        }
    }

    @Test
    void feeThatSaysNothingIsAnErrorWithTheReason() {
        String[][] cases = {
            {"不详", "'不详' says the fee is not known"},
            {"暂无", "'暂无' says no fee is set yet, not that the service is free"},
            {"/", "'/' is a blank mark, not an answer"},
            {"按规定收取", "'按规定收取' sends the reader elsewhere without saying whether "
                    + "anything is charged"}};
        for (String[] c : cases) {
            var result = TestSite.in(temp).file("street/procedure/a.md", Items
                    .procedure("最低生活保障申请").replace("fee: 不收费", "fee: " + c[0])).check();
            assertEquals(List.of(FILE + ":11:6: error: fee '" + c[0] + "' does not say whether "
                    + "the service is charged [fee]"), TestSite.lines(result), c[0]);
            var d = result.diagnostics().get(0);
            assertEquals("fee-not-stated", d.rule());
            assertTrue(d.hint().startsWith(c[1] + "; write 'fee: 不收费'"), d.hint());
        }
    }

    @Test
    void promiseLongerThanStatutoryLimit() {
        assertEquals(List.of(FILE + ":9:13: error: the promised time limit (30个工作日) is longer "
                        + "than the statutory one (20个工作日) [time_limit]"),
                check("time_limit: 5个工作日", "time_limit: 30个工作日"));
    }

    @Test
    void mixedUnitsCompareFiveWorkingDaysToSevenCalendarDays() {
        TimeLimit tenWorking = TimeLimit.parse("10个工作日").orElseThrow();
        TimeLimit fifteenDays = TimeLimit.parse("15日").orElseThrow();
        TimeLimit thirtyDays = TimeLimit.parse("30 calendar days").orElseThrow();
        TimeLimit twentyWorking = TimeLimit.parse("20 working days").orElseThrow();
        TimeLimit now = TimeLimit.parse("即时办结").orElseThrow();
        assertFalse(ServiceGuideRules.longer(tenWorking, fifteenDays), "14 ≤ 15");
        assertTrue(ServiceGuideRules.longer(thirtyDays, twentyWorking), "30 > 28");
        assertTrue(ServiceGuideRules.longer(tenWorking, now));
        assertFalse(ServiceGuideRules.longer(now, now));
    }

    @Test
    void singleStepIsNotANumberedProcedure() {
        assertEquals(List.of(FILE + ":8:8: error: 'steps' must list the procedure's steps in "
                        + "order, one per entry (found 1) [steps]"),
                check("steps: [提交申请, 审核, 办结]", "steps: [提交申请后审核办结]"));
    }

    @Test
    void handWrittenStepNumbersAreWarned() {
        assertEquals(List.of(
                FILE + ":8:9: warning: step 1 starts with its own number '1.' [steps.0]",
                FILE + ":8:18: warning: step 2 starts with its own number '（2）' [steps.1]"),
                check("steps: [提交申请, 审核, 办结]", "steps: [1. 提交申请, （2）审核, 办结]"));
    }

    @Test
    void catchAllConditionAndMaterial() {
        String conditions = "conditions: [本街道户籍居民]";
        String material = "  - {name: 居民身份证, form: 原件, count: 1}";
        String guide = Items.procedure("临时救助").replace(conditions,
                        "conditions: [本街道户籍居民, 法律、法规规定的其他条件]")
                .replace(material, material + "\n  - {name: 其他相关材料, form: 复印件, count: 1}");
        assertEquals(List.of(
                FILE + ":5:23: error: catch-all condition '法律、法规规定的其他条件' (兜底条款) "
                        + "[conditions.1]",
                FILE + ":8:12: error: catch-all material '其他相关材料' (兜底条款) "
                        + "[materials.1.name]"),
                TestSite.lines(TestSite.in(temp).file("street/procedure/a.md", guide).check()));
    }

    @Test
    void complaintPhoneNeedsAreaCode() {
        assertEquals(List.of(FILE + ":16:18: error: complaint phone '12345' is not written as "
                        + "area code, hyphen, number [complaint_phone]"),
                check("complaint_phone: \"010-65212345\"", "complaint_phone: \"12345\""));
    }

    @Test
    void hoursMustMentionHolidays() {
        assertEquals(List.of(FILE + ":14:8: warning: 'hours' does not say whether the service "
                        + "is open on public holidays [hours]"),
                check("hours: 周一至周五 8:30-17:00（法定节假日除外）", "hours: 周一至周五 8:30-17:00"));
    }
}

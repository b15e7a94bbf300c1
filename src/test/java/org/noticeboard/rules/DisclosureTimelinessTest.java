package org.noticeboard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.TestSite;

/**
 * 公开时限: published within 20 working days (or the catalogue row's limit) of being formed,
 * counted with the holiday data. The test calendar has the National Day holiday 1–7 October
 * 2026 and 调休 working days on Sunday 20 September and Saturday 10 October; from Friday 25
 * September the 20th working day is Thursday 29 October (31 calendar days later).
 */
class DisclosureTimelinessTest {

    private static final String CHECKED = TestSite.SITE_YAML + "timeliness: {from: 2026-01-01}\n";

    @TempDir
    Path temp;

    private static String policy(String published, String dates) {
        return """
                ---
                title: 关于调整最低生活保障标准的通知
                published: %s
                %s
                topic: 社会救助
                ---
                正文。
                """.formatted(published, dates);
    }

    private List<String> check(String siteYaml, String path, String item) {
        return TestSite.lines(TestSite.in(temp).file("site.yaml", siteYaml).file(path, item)
                .check());
    }

    @Test
    void oneWorkingDayOverTheLimitIsLate() {
        assertEquals(List.of("content/street/policy/dibao.md:3:12: warning: published on "
                        + "2026-10-30, 21 working days after 'written' (2026-09-25); the time "
                        + "limit of disclosure (公开时限) is 20 working days [published]"),
                check(CHECKED, "street/policy/dibao.md", policy("2026-10-30", "written: 2026-09-25")));
    }

    @Test
    void theTwentiethWorkingDayCountingHolidaysAndMakeUpDaysIsInTime() {
        assertEquals(List.of(), check(CHECKED, "street/policy/dibao.md",
                policy("2026-10-29", "written: 2026-09-25")));
    }

    @Test
    void formedDateCountsInsteadOfWritten() {
        assertEquals(List.of(), check(CHECKED, "street/policy/dibao.md",
                policy("2026-10-30", "written: 2026-09-25\nformed: 2026-10-09")));
    }

    @Test
    void itemsPublishedBeforeTheSiteStartedCheckingAreNotReported() {
        assertEquals(List.of(), check(TestSite.SITE_YAML + "timeliness: {from: 2026-11-01}\n",
                "street/policy/dibao.md", policy("2026-10-30", "written: 2026-09-25")));
    }

    @Test
    void catalogueRowSetsAShorterLimit() {
        String tenDays = CHECKED + """
                catalogue:
                  - title: 社会救助政策文件
                    type: policy
                    boards: [street]
                    topic: 社会救助
                    time_limit_days: 10
                """;
        assertEquals(List.of("content/street/policy/dibao.md:3:12: warning: published on "
                        + "2026-10-16, 11 working days after 'written' (2026-09-25); the time "
                        + "limit of disclosure (公开时限) is 10 working days [published]"),
                check(tenDays, "street/policy/dibao.md", policy("2026-10-16", "written: 2026-09-25")));
    }

    @Test
    void communityBoardsAreCheckedOnlyWhenTheSiteOptsIn() {
        String late = policy("2026-10-30", "written: 2026-09-25");
        assertEquals(List.of(), check(CHECKED, "east/policy/dibao.md", late));
        assertEquals(1, check(TestSite.SITE_YAML + "timeliness: {from: 2026-01-01, boards: "
                + "[street, east]}\n", "east/policy/dibao.md", late).size());
    }

    @Test
    void draftWhoseDeadlineIsWithinAWorkingWeekIsListed() {
        assertEquals(List.of("content/street/policy/dibao.md:6:8: warning: this draft must be "
                        + "published by 2026-12-03, 20 working days after 'written' "
                        + "(2026-11-05); 4 working days are left [draft]"),
                check(CHECKED, "street/policy/dibao.md", draft("written: 2026-11-05")));
    }

    @Test
    void draftPastItsDeadlineIsListedAndOneWithTimeLeftIsNot() {
        assertEquals(List.of("content/street/policy/dibao.md:6:8: warning: this draft was due "
                        + "for publication on 2026-11-17, 20 working days after 'written' "
                        + "(2026-10-20) [draft]"),
                check(CHECKED, "street/policy/dibao.md", draft("written: 2026-10-20")));
        assertEquals(List.of(), check(CHECKED, "street/policy/dibao.md",
                draft("written: 2026-11-20")));
    }

    private static String draft(String dates) {
        return policy("2026-12-10", dates).replace("topic: 社会救助\n",
                "topic: 社会救助\ndraft: true\n");
    }
}

package org.noticeboard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Posting periods, relations between documents, receptions, supervision, names and links. */
class LifecycleRulesTest {

    @TempDir
    Path temp;

    private TestSite site() {
        return TestSite.in(temp);
    }

    private static List<String> lines(TestSite site) {
        return TestSite.lines(site.check());
    }

    private static String policy(String title, String extra) {
        return "---\ntitle: " + title + "\npublished: 2026-11-01\n" + extra + "---\n正文。\n";
    }

    private static final String RECEPTION = """
            ---
            title: 主任接待日
            published: 2026-01-05
            kind: director
            schedule:
              weekdays: [wednesday]
              time: "09:00-11:30"
              from: 2026-01-07
            %slocation: 接待室
            receivers: [王明（街道办事处主任）]
            ---
            """;

    @Test
    void postingShorterThanTheMinimum() {
        assertEquals(List.of("content/street/notice/a.md:6:9: error: the posting period lasts 5 "
                        + "days, less than the minimum of 7 days [posting.days]"),
                lines(site().file("street/notice/a.md", Items.notice("公示", "2026-11-20", 5))));
    }

    @Test
    void postingEndingBeforeItStartsIsStillReported() {
        String notice = Items.notice("公示", "2026-11-20", 7)
                .replace("  days: 7", "  end: 2026-11-10");
        assertEquals(List.of("content/street/notice/a.md:6:8: error: 'end' (2026-11-10) is "
                        + "before 'start' (2026-11-20) [posting.end]"),
                lines(site().file("street/notice/a.md", notice)));
    }

    @Test
    void resultPublishedBeforeThePostingPeriodEnds() {
        String review = Items.notice("审核公示", "2026-11-20", 7)
                .replace("---\n公示内容", "result: street/notice/b\n---\n公示内容");
        String result = Items.notice("结果公告", "2026-11-22", 7)
                .replace("published: 2026-11-20", "published: 2026-11-22");
        assertEquals(List.of("content/street/notice/a.md:11:9: warning: the result "
                        + "'street/notice/b' is published on 2026-11-22, before the posting "
                        + "period ends on 2026-11-26 [result]"),
                lines(site().file("street/notice/a.md", review)
                        .file("street/notice/b.md", result)));
    }

    @Test
    void repealedDocumentMustNameItsSuccessor() {
        assertEquals(List.of("content/street/policy/old.md:4:11: error: this document is "
                        + "repealed but no item replaces it [validity]"),
                lines(site().file("street/policy/old.md", policy("旧制度", "validity: repealed\n"))));
    }

    @Test
    void repealedDocumentWithASuccessorOrAnExplanationIsFine() {
        assertEquals(List.of(), lines(site()
                .file("street/policy/old.md", policy("旧制度", "validity: repealed\n"))
                .file("street/policy/new.md", policy("新制度", "replaces: [street/policy/old]\n"))
                .file("street/policy/gone.md", policy("已废止的制度",
                        "validity: repealed\nno_successor: 上级文件已废止，不再另行制定\n"))));
    }

    @Test
    void noSuccessorOnlyForRepealedDocuments() {
        assertEquals(List.of("content/street/policy/a.md:4:15: error: 'no_successor' is only "
                        + "for repealed documents (validity is 'valid') [no_successor]"),
                lines(site().file("street/policy/a.md", policy("制度", "no_successor: 无\n"))));
    }

    @Test
    void replacedOrAmendedDocumentsMustSaySo() {
        assertEquals(List.of(
                "content/street/policy/amended.md:4:11: warning: this document is marked amended "
                        + "but no item amends it [validity]",
                "content/street/policy/old.md:2:1: warning: 'street/policy/new' replaces this "
                        + "document, but its validity is 'valid' [validity]",
                "content/street/policy/target.md:2:1: warning: 'street/policy/revision' amends "
                        + "this document, but its validity is 'valid' [validity]"),
                lines(site()
                        .file("street/policy/old.md", policy("旧制度", ""))
                        .file("street/policy/new.md", policy("新制度",
                                "replaces: [street/policy/old]\n"))
                        .file("street/policy/target.md", policy("被修订的制度", ""))
                        .file("street/policy/revision.md", policy("修订决定",
                                "amends: [street/policy/target]\n"))
                        .file("street/policy/amended.md", policy("已修订制度",
                                "validity: amended\n"))));
    }

    @Test
    void documentCannotReplaceItself() {
        assertEquals(List.of("content/street/policy/a.md:4:11: error: the document replaces "
                        + "itself [replaces]"),
                lines(site().file("street/policy/a.md",
                        policy("制度", "replaces: [street/policy/a]\n"))));
    }

    @Test
    void receptionScheduleWithoutFutureDates() {
        assertEquals(List.of("content/street/reception/a.md:6:3: warning: the reception "
                        + "schedule has no date in the next year [schedule]"),
                lines(site().file("street/reception/a.md",
                        RECEPTION.formatted("  until: 2026-06-30\n"))));
    }

    @Test
    void overrideOnADayWithoutReception() {
        String text = RECEPTION.formatted("").replace("receivers: [王明（街道办事处主任）]\n",
                "receivers: [王明（街道办事处主任）]\noverrides:\n"
                        + "  - {date: 2026-12-17, cancelled: true}\n");
        assertEquals(List.of("content/street/reception/a.md:12:12: warning: override date "
                        + "2026-12-17 is not a reception day of this schedule "
                        + "[overrides.0.date]"),
                lines(site().file("street/reception/a.md", text)));
    }

    @Test
    void holidayPostponementIntoAYearWithoutHolidayData() {
        String text = RECEPTION.formatted("  postpone_on_holiday: true\n");
        assertEquals(List.of("content/data/holidays.yaml: warning: no holiday data for 2027: "
                        + "reception dates of 1 item(s) in 2027 are not moved for public "
                        + "holidays"),
                lines(site().file("street/reception/a.md", text)));
        assertEquals(List.of(), lines(site().today(LocalDate.of(2026, 10, 1))),
                "a window inside 2026 needs no 2027 data");
    }

    @Test
    void supervisionResultOlderThanTheInterval() {
        String result = """
                ---
                title: 2026年第二季度检查结果
                published: 2026-07-10
                inspected: 2026-07-01
                period: 2026年第二季度
                inspector: 监督检查小组
                ---
                """;
        assertEquals(List.of("content/street/supervision/q2.md:4:12: warning: the latest "
                        + "supervision result of 测试街道办事处 was inspected on 2026-07-01, 151 "
                        + "days ago; the interval is 92 days [inspected]"),
                lines(site().file("street/supervision/q2.md", result)));
        assertEquals(List.of(), lines(site().today(LocalDate.of(2026, 9, 1))));
    }

    @Test
    void slugIndexWouldOverwriteTheListing() {
        assertEquals(List.of("content/street/policy/index.md: error: the file name 'index.md' is "
                        + "reserved: its page would overwrite the listing "
                        + "street/policy/index.html"),
                lines(site().file("street/policy/index.md", Items.policy("制度"))));
    }

    @Test
    void twoCurrentItemsWithTheSameTitle() {
        assertEquals(List.of("content/street/policy/b.md:2:8: warning: same title as "
                        + "content/street/policy/a.md, also current on this board [title]"),
                lines(site().file("street/policy/a.md", Items.policy("工作制度"))
                        .file("street/policy/b.md", Items.policy("工作制度"))));
    }

    @Test
    void bodyLinkToAnItemPublishedLater() {
        String later = Items.policy("新制度").replace("2026-11-01", "2026-12-10");
        assertEquals(List.of("content/street/policy/a.md:6:3: error: 'street/policy/later' is "
                        + "not published until 2026-12-10; the link would lead to a page that "
                        + "does not exist yet [body]"),
                lines(site().file("street/policy/later.md", later)
                        .file("street/policy/a.md", policy("制度", "")
                                + "参见[新制度](item:street/policy/later)。\n")));
    }

    @Test
    void bodyLinkToAContentFile() {
        var site = site().file("street/policy/b.md", Items.policy("乙"))
                .file("street/policy/a.md", policy("制度", "") + "\n参见[乙](../policy/b.md)。\n");
        var d = site.check().diagnostics();
        assertEquals(List.of("content/street/policy/a.md:7:3: error: link to the content file "
                + "'../policy/b.md' [body]"), d.stream().map(x -> x.oneLine()).toList());
        assertEquals("link to another item with [text](item:street/policy/b)", d.get(0).hint());
    }

    @Test
    void duplicateIndexNumbers() {
        String a = policy("甲", "index_no: \"TEST/2026-0001\"\n");
        String b = policy("乙", "index_no: \"TEST/2026-0001\"\n");
        assertEquals(List.of("content/street/policy/b.md:4:11: error: index number "
                        + "'TEST/2026-0001' is also used by content/street/policy/a.md [index_no]"),
                lines(site().file("street/policy/a.md", a).file("street/policy/b.md", b)));
    }

    @Test
    void workingDaysInAYearWithoutHolidayDataAreWarnedNotGuessed() {
        String notice = Items.notice("公示", "2026-12-28", 7)
                .replace("  days: 7", "  days: 7\n  day_type: working");
        assertEquals(List.of("content/street/notice/a.md:6:9: warning: the holiday file has no "
                        + "data for 2027: working days are counted as Monday to Friday "
                        + "[posting.days]"),
                lines(site().file("street/notice/a.md", notice)));
    }
}

package org.noticeboard.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.TestSite;

/**
 * One document of each kind, written as the real one is (a 公告 of an open day, a 征求意见, a
 * deputies' reception held once, an unannounced inspection, a service guide whose time limit
 * no law sets): each publishes without an invented value, and the page says what the document
 * says. Today is 2026-11-29.
 */
class RealDocumentShapesTest {

    @TempDir
    Path temp;

    private Document built(String path, String text) {
        TestSite site = TestSite.in(temp).file(path, text);
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result));
        assertTrue(result.published());
        return site.page(path.replace(".md", ".html"));
    }

    private List<String> problems(String path, String text) {
        return TestSite.lines(TestSite.in(temp).file(path, text).check());
    }

    static final String OPEN_DAY = """
            ---
            title: 关于东社区居委会开放日活动的公告
            published: 2026-11-25
            kind: 公告
            posting:
              start: 2026-11-25
              end: 2026-12-05
            ---
            12月5日上午9时，居委会向居民开放，欢迎参观。
            """;

    @Test
    void announcementOfAnOpenDayAsksNobodyForObjections() {
        Document page = built("east/notice/open-day.md", OPEN_DAY);
        assertEquals("公告期：2026年11月25日至12月5日", page.select(".notice-box .posting").text());
        assertEquals("公告状态：公告中", page.select(".notice-box p").get(1).text());
        assertTrue(page.select(".notice-box.kind-announcement").size() == 1);
        assertEquals("", page.select(".notice-box .feedback").text());
        assertTrue(!page.text().contains("异议"), page.text());
        Document poster = TestSite.in(temp).page("print/east/notice/open-day.html");
        assertEquals("公告期：2026年11月25日至12月5日", poster.select(".sheet-period").text());
        assertEquals(List.of("咨询电话：010-65212399", "监督举报电话：010-65212345"),
                poster.select(".sheet-lines li").eachText());
        assertTrue(!poster.text().contains("异议"), poster.text());
    }

    @Test
    void announcementWithObjectionsIsRefusedWithTheFix() {
        String withObjections = OPEN_DAY.replace("---\n12月5日", """
                objections: {contact: 居委会, phone: "010-65212399"}
                ---
                12月5日""");
        assertEquals(List.of("content/east/notice/open-day.md:8:13: error: a 公告 takes no "
                        + "objections, but 'objections' is given [objections]"),
                problems("east/notice/open-day.md", withObjections));
    }

    @Test
    void consultationAsksForCommentsWhileItIsOpen() {
        Document page = built("street/notice/parking-rules.md", """
                ---
                title: 关于《和平街道停车自治管理办法（草案）》公开征求意见的公告
                published: 2026-11-20
                kind: 征求意见
                posting:
                  start: 2026-11-20
                  days: 30
                objections:
                  contact: 街道城市管理科
                  phone: "010-65212360"
                  address: 测试路1号
                ---
                现将草案全文公布，征求居民意见。
                """);
        assertEquals("征求意见期：2026年11月20日至12月19日（30天）",
                page.select(".notice-box .posting").text());
        assertEquals("征求意见状态：征求意见中", page.select(".notice-box p").get(1).text());
        assertEquals("如有意见和建议，请在征求意见期内反馈：",
                page.select(".notice-box .feedback").text());
        assertEquals(List.of("受理部门：街道城市管理科", "电话：010-65212360", "地址：测试路1号"),
                page.select(".notice-box li").eachText());
    }

    @Test
    void publicityWithoutObjectionsSaysWhereTheyGo() {
        assertEquals(List.of("content/street/notice/dibao.md:4:10: error: a 公示 needs "
                        + "'objections': where residents send objections while it is posted "
                        + "[objections]"),
                problems("street/notice/dibao.md", """
                        ---
                        title: 2026年11月低保审批结果公示
                        published: 2026-11-20
                        posting: {start: 2026-11-20, days: 7}
                        ---
                        公示名单见附件。
                        """));
    }

    @Test
    void deputiesReceptionHeldOnceNeedsNoMonthlyRule() throws Exception {
        Document page = built("east/reception/deputy-2026-12.md", """
                ---
                title: 区人大代表进社区接待选民（12月18日）
                published: 2026-11-25
                kind: deputy
                schedule:
                  date: 2026-12-18
                  time: "14:00-16:30"
                location: 东社区居委会二楼会议室
                receivers: [王五（区人大代表）, 赵六（区人大代表）]
                ---
                欢迎选民反映意见和建议。
                """);
        assertEquals("2026年12月18日 星期五（仅此一次） 14:00-16:30",
                page.select(".reception .facts tr").get(1).select("td").text());
        assertEquals(List.of("2026-12-18"), page.select(".upcoming time").eachAttr("datetime"));
        // the calendar has the one event, without a repeating rule
        String ics = java.nio.file.Files.readString(temp.resolve("site/east/receptions.ics"))
                .replace("\r\n", "\n");
        assertTrue(ics.contains("DTSTART;TZID=Asia/Shanghai:20261218T140000\n"), ics);
        assertEquals(1, ics.split("BEGIN:VEVENT").length - 1, ics);
        assertTrue(!ics.contains("RRULE"), ics);
    }

    @Test
    void receptionInOddMonthsOnlySkipsTheEvenOnes() throws Exception {
        Document page = built("east/reception/deputy.md", """
                ---
                title: 区人大代表接待选民日
                published: 2026-01-05
                kind: deputy
                schedule:
                  monthly_days: [15]
                  months: 单月
                  time: "09:00-11:30"
                  from: 2026-01-01
                location: 东社区居委会一楼
                receivers: [王五（区人大代表）]
                ---
                逢单月15日接待选民。
                """);
        assertEquals("每逢单月15日 09:00-11:30",
                page.select(".reception .facts tr").get(1).select("td").text());
        // 15 December is in an even month; the next is 15 January
        assertEquals(List.of("2027-01-15"), page.select(".upcoming time").eachAttr("datetime"));
        String ics = java.nio.file.Files.readString(temp.resolve("site/east/receptions.ics"));
        assertTrue(ics.contains("BYMONTH=1,3,5,7,9,11"), ics);
    }

    @Test
    void unannouncedInspectionHasNoPeriod() {
        Document page = built("east/supervision/2026-11-spot-check.md", """
                ---
                title: 2026年11月居务公开暗访检查结果
                published: 2026-11-27
                inspected: 2026-11-24
                method: 暗访
                inspector: 街道纪工委
                ---
                公开栏内容齐全，低保公示已按期撤下。
                """);
        assertEquals(List.of("检查日期 2026年11月24日", "检查方式 暗访", "检查单位 街道纪工委"),
                page.select("table.facts tr").eachText());
    }

    @Test
    void regularInspectionStillNeedsItsPeriod() {
        assertEquals(List.of("content/east/supervision/q3.md:4:12: error: a regular (定期) "
                        + "inspection needs 'period', the period it covers [inspected]"),
                problems("east/supervision/q3.md", """
                        ---
                        title: 2026年第三季度居务公开检查结果
                        published: 2026-10-20
                        inspected: 2026-10-15
                        inspector: 街道纪工委
                        ---
                        检查结果。
                        """));
    }

    static final String TEMPORARY_ASSISTANCE = """
            ---
            title: 临时救助申请
            published: 2026-10-01
            applicants: 个人
            conditions: [因火灾、交通事故等意外事件导致基本生活暂时出现严重困难的家庭]
            materials:
              - {name: 居民身份证, form: 原件, count: 1}
            steps: [提出申请, 街道审核, 区民政局审批]
            time_limit: 上级规定
            statutory_time_limit: 未规定
            time_limit_note: 《社会救助暂行办法》未规定临时救助的办理时限，审批时限以区民政局的规定为准
            fee: 不收费
            legal_basis: [《社会救助暂行办法》第四十七条]
            location: 测试路1号便民服务大厅
            hours: 周一至周五 8:30-17:00（法定节假日除外）
            phone: ["010-65212350", "010-64011234"]
            complaint_phone: "010-65212345"
            ---
            办事说明。
            """;

    @Test
    void serviceGuideStatesATimeLimitNoLawSetsWithItsBasis() {
        Document page = built("street/procedure/temporary-assistance.md", TEMPORARY_ASSISTANCE);
        List<String> facts = page.select("table.facts tr").eachText();
        assertTrue(facts.contains("承诺时限 按上级规定"), facts.toString());
        assertTrue(facts.contains("法定时限 未规定"), facts.toString());
        assertTrue(facts.contains("时限说明 《社会救助暂行办法》未规定临时救助的办理时限，"
                + "审批时限以区民政局的规定为准"), facts.toString());
        assertEquals(List.of("tel:010-65212350", "tel:010-64011234"),
                page.select("table.facts tr:contains(咨询电话) a").eachAttr("href"));
    }

    @Test
    void timeLimitNotSetWithoutItsBasisIsRefused() {
        String withoutNote = TEMPORARY_ASSISTANCE.replaceFirst("time_limit_note: .*\n", "");
        assertEquals(List.of("content/street/procedure/t.md:9:13: error: 'time_limit' is 上级规定 "
                        + "but 'time_limit_note' does not give the basis [time_limit]"),
                problems("street/procedure/t.md", withoutNote));
    }
}

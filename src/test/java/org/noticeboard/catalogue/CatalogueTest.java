package org.noticeboard.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The disclosure catalogue: what check reports, and the page residents read. */
class CatalogueTest {

    private static final String SITE = "content/site.yaml";

    /** Starts on line 17 of site.yaml, after the 16 lines of the test site's own. */
    private static final String CATALOGUE = """
            catalogue:
              - title: 服务承诺
                type: commitment
              - title: 监督检查结果
                type: supervision
                boards: [street]
                max_age_days: 92
              - title: 办事指南
                type: procedure
                boards: [street]
                services:
                  - {slug: dibao, title: 最低生活保障申请}
                  - {slug: assistance, title: 临时救助申请}
              - title: 停水通告
                type: notice
                boards: [street]
              - title: 监督电话
                type: hotline
                basis: 政务公开工作制度第五条
            """;

    private static final String SUPERVISION = """
            ---
            title: 2026年第二季度检查结果
            published: 2026-07-10
            inspected: 2026-07-01
            period: 2026年第二季度
            inspector: 监督检查小组
            ---
            """;

    @TempDir
    Path temp;

    private TestSite site(String catalogue) {
        return TestSite.in(temp).file("site.yaml", TestSite.SITE_YAML + catalogue)
                .file("street/procedure/dibao.md", Items.procedure("最低生活保障申请"))
                .file("street/supervision/q2.md", SUPERVISION)
                .file("street/notice/water.md", Items.notice("停水通告", "2026-11-01", 7));
    }

    @Test
    void checkReportsMissingOverdueAndArchivedEntries() {
        assertEquals(List.of(
                SITE + ":18:1: error: east: nothing has been published for '服务承诺' in the "
                        + "disclosure catalogue [catalogue]",
                SITE + ":18:1: error: street: nothing has been published for '服务承诺' in the "
                        + "disclosure catalogue [catalogue]",
                SITE + ":20:1: warning: street: the newest item for '监督检查结果' dates from "
                        + "2026-07-01, more than 92 days ago [catalogue]",
                SITE + ":29:1: error: street: no service guide for '临时救助申请' in the "
                        + "disclosure catalogue [catalogue]",
                SITE + ":30:1: warning: street: '停水通告' in the disclosure catalogue has only "
                        + "archived items [catalogue]",
                "content/street/supervision/q2.md:4:12: warning: the latest supervision result "
                        + "of 测试街道办事处 was inspected on 2026-07-01, 151 days ago; the "
                        + "interval is 92 days [inspected]"),
                TestSite.lines(site(CATALOGUE).check()));
    }

    @Test
    void catalogueNamesOnlyKnownBoardsAndOnlyProceduresListServices() {
        String wrong = """
                catalogue:
                  - title: 服务承诺
                    type: commitment
                    boards: [stret]
                  - title: 通告
                    type: notice
                    services: [{slug: a, title: 甲}]
                """;
        assertEquals(List.of(
                SITE + ":20:14: error: unknown board 'stret' [catalogue.0.boards.0]",
                SITE + ":23:15: error: only a 'procedure' entry can list services "
                        + "[catalogue.1.services]"),
                TestSite.lines(TestSite.in(temp).file("site.yaml", TestSite.SITE_YAML + wrong)
                        .check()));
    }

    @Test
    void publicPageShowsEachRequiredItemAndItsState() {
        String met = CATALOGUE.replace("  - title: 服务承诺\n    type: commitment\n", "")
                .replace("      - {slug: assistance, title: 临时救助申请}\n", "");
        TestSite site = site(met);
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        Document page = site.page("street/catalogue.html");
        List<String> rows = page.select("table.catalogue tbody tr").stream()
                .map(tr -> tr.className() + " " + tr.selectFirst("th").text()).toList();
        assertEquals(List.of("state-overdue 监督检查结果", "state-published 最低生活保障申请",
                "state-archived 停水通告", "state-published 监督电话"), rows);
        assertEquals("逾期未更新", page.selectFirst("tr.state-overdue .state").text());
        assertEquals("../street/procedure/dibao.html",
                page.selectFirst("tr:contains(最低生活保障申请) a").attr("href"));
        assertTrue(page.selectFirst("tr:contains(监督电话)").text().contains("010-65212345"));
        assertTrue(page.selectFirst("tr:contains(监督电话)").text().contains("政务公开工作制度第五条"));
        Document board = site.page("street/index.html");
        assertEquals("catalogue.html", board.selectFirst("p.catalogue-link a").attr("href")
                .replace("../street/", ""));
        Document east = site.page("east/catalogue.html");
        assertEquals(1, east.select("table.catalogue tbody tr").size(), "only the hotline");
        assertFalse(east.select("tr.state-published").isEmpty());
    }
}

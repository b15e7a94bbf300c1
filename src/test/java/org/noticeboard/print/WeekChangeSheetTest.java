package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * The week's change sheet, followed by hand week after week, keeps the paper board equal to what
 * the site says is posted — computed from the content and {@code --now} alone.
 */
class WeekChangeSheetTest {

    @TempDir
    Path temp;

    private static String policy(String title, String extra) {
        return Items.policy(title).replace("---\n正文", extra + "---\n正文");
    }

    private static String notice(String title, String published, String start, int days) {
        return Items.notice(title, start, days).replace("published: 2026-11-20",
                "published: " + published);
    }

    /** The street board's content as the editors left it on each day. */
    private static void contentOn(TestSite site, LocalDate day) throws Exception {
        site.file("street/notice/water.md", notice("停水通告", "2026-11-20", "2026-11-25", 7))
                .file("street/notice/road.md", notice("道路施工公示", "2026-12-05", "2026-12-08", 7))
                .file("street/notice/late.md", notice("年底公示", "2026-12-24", "2026-12-24", 10))
                .file("street/policy/rules.md", policy("政务公开规定", ""))
                .file("street/policy/fees.md", policy("收费规定", "expires: 2026-12-10\n"))
                .file("street/policy/old.md", policy("旧办法", ""))
                .file("street/procedure/apply.md", Items.procedure("低保申请"));
        if (!day.isBefore(LocalDate.of(2026, 12, 9))) {
            // rules replaced by a new version; the old method repealed outright
            site.file("street/policy/rules.md", policy("政务公开规定", "validity: repealed\n"))
                    .file("street/policy/rules-2026.md", policy("政务公开规定（2026年修订）",
                            "replaces: [street/policy/rules]\n")
                            .replace("published: 2026-11-01", "published: 2026-12-09"))
                    .file("street/policy/old.md", policy("旧办法",
                            "validity: repealed\nno_successor: 上级文件已废止\nupdated: 2026-12-09\n"));
        }
        if (!day.isBefore(LocalDate.of(2026, 12, 16))) {
            // the service guide's text changed; its editor says so with 'updated'
            site.file("street/procedure/apply.md", Items.procedure("低保申请")
                    .replace("published: 2026-10-01", "published: 2026-10-01\nupdated: 2026-12-16")
                    .replace("fee: 不收费", "fee: 不收取任何费用"));
        }
        Path parking = site.content().resolve("street/notice/parking.md");
        if (day.isBefore(LocalDate.of(2026, 12, 17))) {
            site.file("street/notice/parking.md", notice("停车方案公示", "2026-12-01",
                    "2026-12-01", 30));
        } else {
            site.without("street/notice/parking.md").file("data/addresses.yaml", """
                    withdrawn:
                      - id: street/notice/parking
                        title: 停车方案公示
                        date: 2026-12-17
                        reason: 方案调整，另行公示
                    """);
            Files.deleteIfExists(parking);
        }
    }

    private static List<String> ids(Document page, String rows) {
        return page.select(rows + " tr[data-item]").eachAttr("data-item");
    }

    @Test
    void followingEachWeeksSheetKeepsTheBoardEqualToWhatTheSiteSaysIsPosted() throws Exception {
        TestSite site = TestSite.in(temp);
        Set<String> board = new TreeSet<>();
        Map<LocalDate, Document> sheets = new LinkedHashMap<>();
        for (LocalDate monday = LocalDate.of(2026, 11, 23);
                monday.isBefore(LocalDate.of(2027, 1, 12)); monday = monday.plusWeeks(1)) {
            contentOn(site, monday);
            BuildResult result = site.today(monday).build();
            assertTrue(result.published(), TestSite.lines(result).toString());
            Document full = site.page("print/street/board.html");
            Document week = site.page("print/street/week.html");
            if (board.isEmpty()) {
                board.addAll(ids(full, ".cover-list")); // the board put up from scratch
            } else {
                ids(week, ".change-down").forEach(board::remove);
                board.addAll(ids(week, ".change-up"));
            }
            assertEquals(new TreeSet<>(ids(full, ".cover-list")), board, "week of " + monday);
            // the bundle holds the sheets to put up, and nothing else
            assertEquals(week.select(".change-up tbody td:eq(1)").eachText(),
                    week.select("article.sheet h1").eachText(), "week of " + monday);
            sheets.put(monday, week);
        }
        Document dec14 = sheets.get(LocalDate.of(2026, 12, 14));
        assertEquals(List.of("street/policy/rules-2026"), ids(dec14, ".change-up"));
        assertEquals(List.of("收费规定：张贴期满", "旧办法：已废止",
                "政务公开规定：已被新文件替代"), dec14.select(".change-down tbody tr").stream()
                .map(tr -> tr.child(0).text() + "：" + tr.child(1).text()).toList());
        Document dec21 = sheets.get(LocalDate.of(2026, 12, 21));
        assertEquals(List.of("低保申请：内容有变，换下旧页"), dec21.select(".change-up tbody tr").stream()
                .map(tr -> tr.child(1).text() + "：" + tr.child(3).text()).toList());
        assertEquals(List.of("停车方案公示：已撤回", "道路施工公示：张贴期满"),
                dec21.select(".change-down tbody tr").stream()
                        .map(tr -> tr.child(0).text() + "：" + tr.child(1).text()).sorted()
                        .toList());
        assertTrue(dec21.selectFirst(".change-sign").text().contains("张贴人（签字）"));
        Document jan4 = sheets.get(LocalDate.of(2027, 1, 4));
        assertTrue(ids(jan4, ".change-up").isEmpty(), "unchanged items are not reprinted");
        assertTrue(jan4.text().contains("本周没有需要新贴或更换的信息。"));
    }

    @Test
    void aBoardsWeekStartsOnItsPostingDayAndSinceCoversWeeksNotPrinted() throws Exception {
        TestSite site = TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML.replace("""
                          - slug: east
                        """, """
                          - slug: east
                            posting_day: wednesday
                        """))
                .file("east/notice/a.md", notice("一号公示", "2026-11-28", "2026-11-28", 7))
                .file("east/notice/b.md", notice("二号公示", "2026-12-05", "2026-12-05", 7));
        // Friday 11 December: the east board was last put up on Wednesday 2 December
        site.today(LocalDate.of(2026, 12, 11)).build();
        Document week = site.page("print/east/week.html");
        assertEquals(List.of("east/notice/b"), ids(week, ".change-up"));
        assertEquals(List.of("east/notice/a"), ids(week, ".change-down"));
        assertTrue(week.selectFirst(".cover-date").text().contains("2026年12月2日"),
                week.selectFirst(".cover-date").text());
        // the clerk missed the week of 25 November: the sheet covers it too
        site.printedSince(LocalDate.of(2026, 11, 26)).build();
        week = site.page("print/east/week.html");
        assertEquals(List.of("east/notice/b"), ids(week, ".change-up"));
        assertEquals(List.of(), ids(week, ".change-down"), "a went up and came down unprinted");
        assertTrue(week.selectFirst(".cover-date").text().contains("2026年11月18日"),
                week.selectFirst(".cover-date").text());
    }
}

package org.noticeboard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

class BuiltInHolidaysTest {

    @TempDir
    Path temp;

    private WorkingCalendar load(String siteFile) throws IOException {
        Path content = Files.createDirectories(temp.resolve("content/data"));
        if (siteFile != null) {
            Files.writeString(content.resolve("holidays.yaml"), siteFile);
        }
        Diagnostics d = new Diagnostics();
        WorkingCalendar calendar = new HolidayLoader().load(temp.resolve("content"), "content",
                "data/holidays.yaml", d);
        assertEquals(0, d.sorted().size(), d.sorted().toString());
        return calendar;
    }

    @Test
    void aSiteWithoutAHolidayFileHasTheStateCouncilSchedules() throws IOException {
        WorkingCalendar calendar = load(null);
        assertTrue(calendar.covers(2025) && calendar.covers(2026) && calendar.covers(2004));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "国庆节 放假");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 29)), "春节 放假");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday of 调休");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 27)), "a Sunday of 调休");
    }

    @Test
    void aYearNotYetPublishedIsNotInvented() throws IOException {
        WorkingCalendar calendar = load(null);
        assertFalse(calendar.covers(2027));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 10, 1)),
                "no schedule, so only weekends count");
    }

    @Test
    void aSiteFileAddsAYearAndKeepsThePublishedOnes() throws IOException {
        WorkingCalendar calendar = load("""
                2027:
                  holidays: [2027-01-01]
                  workdays: []
                """);
        assertTrue(calendar.covers(2027));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)), "2026 still built in");
    }

    @Test
    void aSiteFileReplacesAYearWhole() throws IOException {
        WorkingCalendar calendar = load("""
                2026:
                  holidays: [2026-10-01]
                  workdays: []
                """);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 2)),
                "the site's 2026 replaces the built-in one, not mixed with it");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "no 调休 left");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 10, 1)), "2025 still built in");
    }

    @Test
    void aPostingPeriodInANewSiteSkipsNationalDayWithoutAnyHolidayFile() {
        // 7 working days from Monday 28 September 2026: 28, 29, 30 September, then 8, 9,
        // 10 (a Saturday of 调休) and 12 October after the National Day holiday (1–7 October);
        // counting weekends only would end on 6 October
        TestSite site = TestSite.in(temp).without("data/holidays.yaml")
                .today(LocalDate.of(2026, 9, 29))
                .file("street/notice/a.md", Items.notice("低保公示", "2026-09-28", 7)
                        .replace("published: 2026-11-20", "published: 2026-09-28")
                        .replace("  days: 7\n", "  days: 7\n  day_type: working\n"));
        var result = site.build();
        assertEquals(0, result.diagnostics().stream().filter(d -> d.isError()).count(),
                TestSite.lines(result).toString());
        Document page = site.page("street/notice/a.html");
        assertTrue(page.text().contains("公示期：2026年9月28日至10月12日（7个工作日）"),
                page.text());
    }
}

package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.TestSite;

/** Each reception is announced on its board's page at least three days before it. */
class BoardReceptionsTest {

    @TempDir
    Path temp;

    static String reception(String title) {
        return """
                ---
                title: %s
                published: 2026-08-20
                kind: deputy
                schedule:
                  weekdays: [wednesday]
                  time: "09:00-11:30"
                  from: 2026-09-01
                location: 测试路1号
                receivers: [王五（区人大代表）]
                ---
                接待选民。
                """.formatted(title);
    }

    @Test
    void everyReceptionOfTheComingDaysIsListedWhateverTheLimit() {
        TestSite site = TestSite.in(temp); // today is Sunday 2026-11-29
        for (int i = 1; i <= 8; i++) {
            site.file("street/reception/r" + i + ".md", reception("接待日" + i));
        }
        assertTrue(site.build().published());
        Document board = site.page("street/index.html");
        List<String> dates = board.select("ul.receptions time").eachAttr("datetime");
        // Wednesday 2 December is three days ahead: all eight receptions that day are shown,
        // though the board page otherwise lists six.
        assertEquals(8, dates.stream().filter(d -> d.equals("2026-12-02")).count(), dates.toString());
        assertEquals(8, dates.size());
    }

    @Test
    void theListReachesWeeksAhead() {
        TestSite site = TestSite.in(temp).file("street/reception/r.md", reception("接待日"));
        assertTrue(site.build().published());
        List<String> dates = site.page("street/index.html").select("ul.receptions time")
                .eachAttr("datetime");
        assertEquals(List.of("2026-12-02", "2026-12-09", "2026-12-16", "2026-12-23",
                "2026-12-30", "2027-01-06"), dates);
    }
}

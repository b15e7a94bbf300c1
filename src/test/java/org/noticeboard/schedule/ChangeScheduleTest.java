package org.noticeboard.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The days on which pages change by themselves, for scheduled rebuilds. */
class ChangeScheduleTest {

    @TempDir
    Path temp;

    @Test
    void publishExpiryPostingAndReceptionDates() {
        String later = Items.policy("新制度").replace("2026-11-01", "2026-12-05")
                .replace("doc_no", "expires: 2026-12-31\ndoc_no");
        String reception = """
                ---
                title: 主任接待日
                published: 2026-01-05
                kind: director
                schedule:
                  monthly_days: [10]
                  time: "09:00-11:30"
                  from: 2026-01-10
                  until: 2026-12-31
                location: 接待室
                receivers: [王明（街道办事处主任）]
                ---
                """;
        var site = TestSite.in(temp)
                .file("street/notice/a.md", Items.notice("公示", "2026-12-01", 7))
                .file("street/policy/later.md", later)
                .file("street/reception/director.md", reception)
                .check().site().orElseThrow();
        List<String> changes = new ChangeSchedule().upcoming(site).stream()
                .map(c -> c.date() + " " + c.describe()).toList();
        assertEquals(List.of(
                "2026-12-01 posting period starts: street/notice/a",
                "2026-12-05 published: street/policy/later",
                "2026-12-07 reception on 2026-12-10 announced: street/reception/director",
                "2026-12-08 posting period ended: street/notice/a",
                "2026-12-11 reception on 2026-12-10 held: street/reception/director",
                "2027-01-01 expires, moves to the archive: street/policy/later"), changes);
    }
}

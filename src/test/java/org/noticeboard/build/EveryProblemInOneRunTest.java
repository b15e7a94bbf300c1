package org.noticeboard.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * An editor fixes everything after one run: schema errors, rule findings and broken links are
 * reported together, and a file kept out by its own error is not blamed a second time through
 * what refers to it.
 */
class EveryProblemInOneRunTest {

    @TempDir
    Path temp;

    /** A policy with a schema error (a date that is no date), cited by another item. */
    private TestSite site() {
        return TestSite.in(temp)
                .file("street/policy/rules.md", """
                        ---
                        title: 政务公开工作制度
                        published: 2026-13-01
                        ---
                        正文。
                        """)
                .file("street/policy/fees.md", """
                        ---
                        title: 收费标准
                        published: 2026-11-01
                        amends: [street/policy/rules]
                        ---
                        依据[工作制度](item:street/policy/rules)执行，详见[附表](no-such-table.html)。
                        """)
                .file("street/policy/other.md", Items.policy("其他规定"));
    }

    @Test
    void schemaErrorsAndBrokenLinksComeInTheSameRun() {
        TestSite site = site();
        List<String> lines = TestSite.lines(site.check());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/street/policy/rules.md:3")
                && l.contains("error")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/street/policy/fees.md:6:")
                && l.contains("'no-such-table.html'")),
                "the broken link is reported in the same run: " + lines);
    }

    @Test
    void whatCitesAFileInErrorIsNotBlamedAgain() {
        TestSite site = site();
        List<String> lines = TestSite.lines(site.check());
        assertFalse(lines.stream().anyMatch(l -> l.contains("does not name any item")),
                lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("is a draft")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("street/policy/rules.html")),
                "no broken link to the page of the file in error: " + lines);
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(": error:"))
                .filter(l -> !l.contains("is not a real date"))
                .filter(l -> !l.startsWith("content/street/policy/fees.md:6:")
                        || !l.contains("'no-such-table.html'")).toList(),
                "only the bad date and the broken link (at its line, once) are errors");
    }

    @Test
    void aBuildWithErrorsStillPublishesNothing() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/other.md", Items.policy("其他规定"));
        assertTrue(site.build().published());
        Path page = site.output().resolve("street/policy/other.html");
        String before = Files.readString(page);
        site.file("street/policy/other.md", Items.policy("其他规定（修订）"))
                .file("street/policy/rules.md", "---\ntitle: 制度\npublished: 2026-13-01\n---\n");
        assertFalse(site.build().published());
        assertEquals(before, Files.readString(page), "the last good site stays");
    }
}

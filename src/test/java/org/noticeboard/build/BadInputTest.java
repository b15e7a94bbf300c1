package org.noticeboard.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Each editor mistake gives one exact {@code path:line:col: error: …} and publishes nothing. */
class BadInputTest {

    @TempDir
    Path temp;

    private List<String> errors(String path, String text) {
        TestSite site = TestSite.in(temp).file(path, text);
        BuildResult result = site.build();
        assertFalse(result.published());
        assertFalse(Files.exists(site.output()), "nothing written");
        return TestSite.lines(result);
    }

    @Test
    void malformedYaml() {
        assertEquals(List.of("content/street/policy/a.md:3:1: error: YAML syntax error: "
                        + "could not find expected ':'"),
                errors("street/policy/a.md", "---\ntitle: 规则\npublished 2026-11-01\n---\n"));
    }

    @Test
    void missingFrontMatter() {
        assertEquals(List.of("content/street/policy/a.md:1:1: error: missing front matter: "
                        + "the file must start with a line '---'"),
                errors("street/policy/a.md", "# 标题\n正文\n"));
    }

    @Test
    void unclosedFrontMatter() {
        assertEquals(List.of("content/street/policy/a.md:1:1: error: front matter is not "
                        + "closed: no second '---' line"),
                errors("street/policy/a.md", "---\ntitle: 规则\n正文\n"));
    }

    @Test
    void unknownContentType() {
        assertEquals(List.of("content/street/notices/a.md: error: unknown content type "
                        + "'notices'"),
                errors("street/notices/a.md", Items.policy("规则")));
    }

    @Test
    void unknownBoard() {
        assertEquals(List.of("content/west/policy/a.md: error: unknown board 'west'"),
                errors("west/policy/a.md", Items.policy("规则")));
    }

    @Test
    void dateThatIsNotADate() {
        assertEquals(List.of("content/street/policy/a.md:3:12: error: '2026-02-30' is not a "
                        + "real date [published]"),
                errors("street/policy/a.md", "---\ntitle: 规则\npublished: 2026-02-30\n---\n"));
    }

    @Test
    void misspeltFieldGetsASuggestion() {
        TestSite site = TestSite.in(temp).file("street/policy/a.md",
                "---\ntitle: 规则\npublished: 2026-11-01\nisuer: 办公室\n---\n");
        var d = site.build().diagnostics().get(0);
        assertEquals("content/street/policy/a.md:4:1: error: unknown field 'isuer' [isuer]",
                d.oneLine());
        assertEquals("did you mean 'issuer'?", d.hint());
        assertEquals("isuer: 办公室", d.sourceLine());
    }

    @Test
    void missingRequiredField() {
        assertEquals(List.of("content/street/policy/a.md:2:1: error: required field "
                        + "'published' is missing [published]"),
                errors("street/policy/a.md", "---\ntitle: 规则\n---\n"));
    }

    @Test
    void rawHtmlIsRefusedWithItsLine() {
        assertEquals(List.of("content/street/policy/a.md:6:1: error: raw HTML is not allowed: "
                        + "<script>alert(1)</script> [body]"),
                errors("street/policy/a.md",
                        "---\ntitle: 规则\npublished: 2026-11-01\n---\n正文\n"
                                + "<script>alert(1)</script>\n"));
    }

    @Test
    void referenceToAMissingItem() {
        assertEquals(List.of("content/street/policy/a.md:6:2: error: 'street/policy/nothing' "
                        + "does not name any item [body]"),
                errors("street/policy/a.md", "---\ntitle: 规则\npublished: 2026-11-01\n---\n\n"
                        + "见[某文件](item:street/policy/nothing)。\n"));
    }

    @Test
    void classTagsAreRefused() {
        assertEquals(List.of("content/street/policy/a.md:2:8: error: YAML tag "
                        + "'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed"),
                errors("street/policy/a.md",
                        "---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n"));
    }

    @Test
    void postingPeriodEndingBeforeItStarts() {
        String notice = Items.notice("公示", "2026-11-20", 7)
                .replace("  days: 7", "  end: 2026-11-10");
        assertEquals(List.of("content/street/notice/a.md:6:8: error: 'end' (2026-11-10) is "
                        + "before 'start' (2026-11-20) [posting.end]"),
                errors("street/notice/a.md", notice));
    }

    @Test
    void holidayFileThatIsNotUtf8IsAnErrorNotAnEmptyCalendar() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则"))
                .bytes("data/holidays.yaml",
                        new byte[] {'2', '0', '2', '6', ':', '\n', ' ', ' ', (byte) 0xC3, 0x28});
        BuildResult result = site.build();
        assertEquals(List.of("content/data/holidays.yaml:2: error: file is not valid UTF-8 text"),
                TestSite.lines(result));
    }
}

package org.noticeboard.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Control characters never belong in front-matter text: they would make the pages invalid. */
class ControlCharactersTest {

    @TempDir
    Path temp;

    @Test
    void aControlCharacterInTheTitleIsAnErrorAtItsLineNamingTheField() {
        TestSite site = TestSite.in(temp).file("street/policy/a.md",
                Items.policy("\"关于停水\\a的通知\""));
        BuildResult result = site.build();
        assertFalse(result.published());
        assertEquals(List.of("content/street/policy/a.md:2:8: error: 'title' holds the invisible "
                + "control character U+0007 [title]"), TestSite.lines(result));
    }

    @Test
    void anyFrontMatterTextIsCheckedAndTabsAndNewlinesStayAllowed() {
        TestSite site = TestSite.in(temp).file("street/policy/a.md",
                Items.policy("\"规则\\t一\"").replace("doc_no: 测街发〔2026〕1号",
                        "doc_no: \"测街发\\x1b〔2026〕1号\""));
        assertEquals(List.of("content/street/policy/a.md:4:9: error: 'doc_no' holds the "
                + "invisible control character U+001B [doc_no]"),
                TestSite.lines(site.build()));
    }
}

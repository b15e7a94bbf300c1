package org.noticeboard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** A link the renderer empties for safety is said so, at its line and column, not silently. */
class UnsafeLinksTest {

    @TempDir
    Path temp;

    @Test
    void scriptAndDataLinksAreRemovedWithAWarningAtTheirPlace() {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则") + """

                请[点此](javascript:alert(1))办理，或见[附件](DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)。
                ![图](vbscript:msgbox) [官网](https://a.example/) [电话](tel:010-65212345)
                """);
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        assertEquals(List.of(
                "content/street/policy/a.md:8:2: warning: the link to 'javascript:alert(1)' was "
                        + "removed: a javascript: address can run code in the reader's browser, "
                        + "so only http, https, mailto and tel links are kept [body]",
                "content/street/policy/a.md:8:32: warning: the link to 'DATA:text/html;base64,"
                        + "PHNjcmlwdD5hbGVydC…' was removed: a data: address can run code "
                        + "in the reader's browser, so only http, https, mailto and tel links are "
                        + "kept [body]",
                "content/street/policy/a.md:9:1: warning: the link to 'vbscript:msgbox' was "
                        + "removed: a vbscript: address can run code in the reader's browser, so "
                        + "only http, https, mailto and tel links are kept [body]"),
                TestSite.lines(result));
        Document page = site.page("street/policy/a.html");
        assertEquals(List.of("", ""), page.select("main a:contains(点此), main a:contains(附件)")
                .eachAttr("href"), "the renderer still empties them");
        assertEquals("https://a.example/", page.selectFirst("main a:contains(官网)").attr("href"));
    }

    @Test
    void theSchemeIsReadAsTheRendererReadsIt() {
        assertEquals("javascript", LinkRules.scheme(" JavaScript:x").orElseThrow());
        assertTrue(LinkRules.scheme("a/b:c").isEmpty());
        assertTrue(LinkRules.scheme("x.html?q=a:b").isEmpty());
        assertTrue(LinkRules.scheme("#x:y").isEmpty());
    }
}

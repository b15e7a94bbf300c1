package org.noticeboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** {@code //host/path} leads to another host, as a browser reads it: never a path of the site. */
class ProtocolRelativeLinksTest {

    @TempDir
    Path temp;

    @Test
    void protocolRelativeLinksAreExternalNotBrokenPagesOrContentFiles() {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则") + """

                [a](//evil.example/x) [b](//evil.example/x.md) [c](/\\evil.example/y)
                """);
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result));
        assertTrue(result.published());
        assertEquals(List.of("//evil.example/x", "//evil.example/x.md", "/\\evil.example/y"),
                site.page("street/policy/a.html").select("main p a[href*=evil]").eachAttr("href"));
    }

    @Test
    void theCheckerResolvesThemToNothingAndRealPathsAsBefore() {
        for (String ref : List.of("//evil.example/x", "/\\evil.example/x", "\\\\evil.example/x",
                "\\/evil.example", " //evil.example")) {
            assertTrue(LinkChecker.isProtocolRelative(ref), ref);
            assertNull(LinkChecker.resolve("street/policy/a.html", ref), ref);
        }
        assertFalse(LinkChecker.isProtocolRelative("/street/index.html"));
        assertFalse(LinkChecker.isProtocolRelative("x//y.html"));
        assertEquals("street/policy/x/y.html",
                LinkChecker.resolve("street/policy/a.html", "x//y.html"));
    }
}

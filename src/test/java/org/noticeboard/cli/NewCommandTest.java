package org.noticeboard.cli;

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

/** {@code new} never writes a file that the build would then reject for its name. */
class NewCommandTest {

    @TempDir
    Path temp;

    @Test
    void aReservedSlugIsRefusedWithTheWordsTheBuildWouldUse() throws Exception {
        TestSite site = TestSite.in(temp);
        site.writeFiles();
        Console c = Console.run("new", "notice", "关于停水的通知", "--board", "street", "--slug",
                "index", "--source", site.content().toString(), "--now", "2026-11-29");
        assertEquals(2, c.exit(), c.err());
        String buildSays = "the file name 'index.md' is reserved: its page would overwrite the "
                + "listing street/notice/index.html";
        assertEquals("noticeboard: error: " + buildSays + "; choose another --slug, any other "
                + "lowercase name works\n", c.err());
        assertFalse(Files.exists(site.content().resolve("street/notice/index.md")));

        List<String> built = TestSite.lines(TestSite.in(temp.resolve("b"))
                .file("street/notice/index.md", Items.notice("关于停水的通知", "2026-11-25", 7))
                .check());
        assertTrue(built.stream().anyMatch(l -> l.contains(": error: " + buildSays)),
                built.toString());
    }
}

package org.noticeboard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** An editor open on a notice leaves lock and backup files that build and check both skip. */
class EditorFilesTest {

    @TempDir
    Path temp;

    @Test
    void locksAndBackupsBesideANoticeAreNotContentForBuildOrCheck() throws Exception {
        String policy = Items.policy("规则");
        TestSite site = TestSite.in(temp).file("street/policy/notice.md", policy)
                .file("street/policy/~$x.md", "half-saved by WPS")
                .file("street/policy/notice.md~", policy)
                .file("street/policy/.notice.md.swp", "vim swap")
                .file("street/policy/#notice.md#", "emacs auto-save")
                .file("data/statistics/.#t.yaml", "title: [");
        site.writeFiles();
        // Emacs's lock is a dangling symbolic link to user@host.pid.
        Files.createSymbolicLink(site.content().resolve("street/policy/.#notice.md"),
                Path.of("root@office-pc.4242"));
        BuildResult checked = site.check();
        assertEquals(List.of(), TestSite.lines(checked));
        BuildResult built = site.build();
        assertEquals(List.of(), TestSite.lines(built));
        assertTrue(built.published());
        assertTrue(Files.exists(site.output().resolve("street/policy/notice.html")));
    }

    @Test
    void theRuleNamesEachEditorsLeftoversAndNoRealFile() {
        for (String name : List.of(".#notice.md", "~$notice.md", "notice.md~", ".notice.md.swp",
                ".notice.md.swo", "#notice.md#", "4913")) {
            assertTrue(EditorFiles.isScratch(Path.of("content/street/notice", name)), name);
        }
        for (String name : List.of("notice.md", "water-cut-2026.md", "site.yaml", "a#b.md")) {
            assertFalse(EditorFiles.isScratch(Path.of("content/street/notice", name)), name);
        }
    }
}

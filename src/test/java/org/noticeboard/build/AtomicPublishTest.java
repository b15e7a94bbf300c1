package org.noticeboard.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

class AtomicPublishTest {

    @TempDir
    Path temp;

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/rules.md", Items.policy("旧规则"));
        assertTrue(site.build().published());
        Path page = site.output().resolve("street/policy/rules.html");
        String before = Files.readString(page);

        BuildResult broken = site.file("street/policy/rules.md", Items.policy("新规则"))
                .file("street/notice/bad.md", "---\ntitle: [unclosed\n---\n").build();

        assertTrue(broken.hasErrors());
        assertFalse(broken.published());
        assertEquals(before, Files.readString(page), "old page still served");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().contains("staging"))
                    .count(), "no staging folder left behind");
        }
    }

    @Test
    void successfulBuildReplacesTheWholeSite() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("甲"));
        site.build();
        Path a = site.output().resolve("street/policy/a.html");
        assertTrue(Files.readString(a).contains("甲"));
        // The editor renames a.md to b.md and says so; published addresses never just vanish.
        Files.delete(site.content().resolve("street/policy/a.md"));
        BuildResult renamed = site.without("street/policy/a.md")
                .file("street/policy/b.md", Items.policy("乙"))
                .file("data/addresses.yaml", "moved:\n  street/policy/a: street/policy/b\n")
                .build();
        assertTrue(renamed.published(), TestSite.lines(renamed).toString());
        assertFalse(Files.readString(a).contains("甲"),
                "the removed item's old page does not linger; its address forwards");
        assertTrue(Files.readString(a).contains("b.html"));
        assertTrue(Files.exists(site.output().resolve("street/policy/b.html")));
    }

    @Test
    void aRebuildKeepsUnchangedFilesAndWritesChangedOnes() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("甲"))
                .file("street/policy/b.md", Items.policy("乙"));
        site.build();
        Path a = site.output().resolve("street/policy/a.html");
        Path b = site.output().resolve("street/policy/b.html");
        Object aBefore = fileKey(a);
        Object bBefore = fileKey(b);
        String bText = Files.readString(b);

        assertTrue(site.file("street/policy/a.md", Items.policy("甲（修订）")).build().published());

        assertTrue(Files.readString(a).contains("甲（修订）"), "the changed page is new");
        assertFalse(aBefore.equals(fileKey(a)), "a changed page is a new file");
        assertEquals(bText, Files.readString(b));
        assertEquals(bBefore, fileKey(b), "an unchanged page is the same file, kept from before");
        Files.writeString(b, "edited by hand");
        site.build();
        assertEquals(bText, Files.readString(b), "a page edited by hand is written again");
    }

    private static Object fileKey(Path p) throws java.io.IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
    }
}

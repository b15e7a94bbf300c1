package org.noticeboard.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.render.OutputFile;

class StagingTest {

    @TempDir
    Path temp;

    private long stagingFolders() throws Exception {
        try (Stream<Path> siblings = Files.list(temp)) {
            return siblings.filter(p -> p.getFileName().toString().contains("staging")).count();
        }
    }

    @Test
    void twoPagesForOnePathAreABugNotARace() throws Exception {
        Path site = temp.resolve("site");
        try (Staging staging = new SitePublisher().begin(site)) {
            staging.accept(OutputFile.text("street/index.html", "one"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> staging.accept(OutputFile.text("street/index.html", "two")));
            assertTrue(e.getMessage().contains("street/index.html"), e.getMessage());
        }
        assertFalse(Files.exists(site), "nothing published");
        assertEquals(0, stagingFolders(), "the staging folder is removed");
    }

    @Test
    void aPathOutsideTheOutputIsRefused() throws Exception {
        try (Staging staging = new SitePublisher().begin(temp.resolve("site"))) {
            assertThrows(IllegalStateException.class,
                    () -> staging.accept(OutputFile.text("../escape.html", "x")));
        }
        assertFalse(Files.exists(temp.resolve("escape.html")));
    }

    @Test
    void onlyUnchangedFilesAreLinkedToThePublishedSite() throws Exception {
        Path site = temp.resolve("site");
        try (Staging first = new SitePublisher().begin(site)) {
            first.accept(OutputFile.text("a.html", "甲"));
            first.accept(OutputFile.text("b.html", "乙"));
            first.commit();
        }
        try (Staging staging = new SitePublisher().begin(site)) {
            staging.accept(OutputFile.text("a.html", "甲"));
            staging.accept(OutputFile.text("b.html", "丙"));
            staging.accept(OutputFile.text("c.html", "丁"));
            staging.commit();
            assertEquals(1, staging.linked());
        }
        assertEquals("甲", Files.readString(site.resolve("a.html")));
        assertEquals("丙", Files.readString(site.resolve("b.html")));
        assertEquals("丁", Files.readString(site.resolve("c.html")));
        assertEquals(0, stagingFolders());
    }
}

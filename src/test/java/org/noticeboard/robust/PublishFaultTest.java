package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.publish.BuildLock;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Faults around publishing: a cut-short swap, no space, no permission, two builds at once. */
class PublishFaultTest {

    @TempDir
    Path temp;

    @Test
    void aSwapCutShortIsRepairedByTheNextBuildEvenIfThatBuildFails() throws IOException {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("甲"));
        assertTrue(site.build().published());
        Map<String, String> before = CliProcess.manifest(site.output());
        // The state a kill between the two renames leaves: no site/, the old one beside it,
        // and a staging folder.
        Files.move(site.output(), temp.resolve(".site.old"));
        Files.createDirectories(temp.resolve(".site.staging-123/street"));
        Files.writeString(temp.resolve(".site.staging-123/street/half.html"), "<p>half");
        Files.createDirectories(temp.resolve(".other.staging-1"));

        BuildResult broken = site.file("street/policy/b.md", "---\ntitle: [\n---\n").build();
        assertTrue(broken.hasErrors());
        assertEquals(before, CliProcess.manifest(site.output()), "previous site restored");
        assertEquals(List.of(), CliProcess.leftovers(temp).stream()
                .filter(n -> n.startsWith(".site.")).toList());
        assertTrue(Files.exists(temp.resolve(".other.staging-1")), "other outputs' folders kept");

        Files.delete(site.content().resolve("street/policy/b.md"));
        assertTrue(site.without("street/policy/b.md").build().published());
    }

    @Test
    void anOutputThatCannotBeCreatedIsAClearErrorAndTheCliExitsFour() throws Exception {
        Path content = temp.resolve("content");
        CliProcess.writeSite(content, 3, "v1");
        Files.writeString(temp.resolve("file"), "not a folder");
        Path log = temp.resolve("build.log");
        Process p = CliProcess.build(content, temp.resolve("file/site"), log);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(4, p.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).startsWith("noticeboard: error: cannot write the site: "),
                Files.readString(log));
    }

    @Test
    void aReadOnlyParentFolderKeepsThePreviousSite() throws IOException {
        // Root ignores permission bits, so this case can only run as another user; CI runs as
        // root and covers unwritable outputs with the file-as-folder and full-disk cases.
        assumeTrue(!"root".equals(System.getProperty("user.name")), "permission bits do not "
                + "stop root");
        Path parent = Files.createDirectories(temp.resolve("ro"));
        TestSite site = TestSite.in(parent).file("street/policy/a.md", Items.policy("甲"));
        assertTrue(site.build().published());
        Map<String, String> before = CliProcess.manifest(site.output());
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            site.file("street/policy/a.md", Items.policy("乙"));
            assertThrows(site);
            assertEquals(before, CliProcess.manifest(site.output()));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void assertThrows(TestSite site) {
        try {
            site.build();
        } catch (java.io.UncheckedIOException e) {
            return;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                return;
            }
            throw e;
        }
        throw new AssertionError("the build wrote into a read-only folder");
    }

    @Test
    void aFullDiskFailsCleanlyAndKeepsThePreviousSite() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        boolean mounted = mount(disk);
        assumeTrue(mounted || System.getenv("CI") == null,
                "CI runs as root and must be able to mount a small tmpfs");
        assumeTrue(mounted, "mounting a 1 MB tmpfs needs root");
        try {
            Path content = temp.resolve("content");
            CliProcess.writeSite(content, 5, "v1");
            Path site = disk.resolve("site");
            Path log = temp.resolve("build.log");
            assertEquals(0, CliProcess.build(content, site, log).waitFor(), Files.readString(log));
            Map<String, String> before = CliProcess.manifest(site);
            CliProcess.writeSite(content, 300, "v2");
            Process p = CliProcess.build(content, site, log);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String out = Files.readString(log);
            assertEquals(4, p.exitValue(), out);
            assertTrue(out.contains("noticeboard: error: cannot write the site: ")
                    && (out.contains("No space left on device") || out.contains("disk is full"))
                    && out.contains("the previous site is unchanged"), out);
            assertFalse(out.contains("\tat "), "no stack trace");
            assertEquals(before, CliProcess.manifest(site));
            assertEquals(List.of(), CliProcess.leftovers(disk), "staging folder removed");
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static boolean mount(Path dir) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs",
                    dir.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aSecondBuildWaitsItsTurnAndTheSiteStaysWhole() throws Exception {
        Path content = temp.resolve("content");
        CliProcess.writeSite(content, 50, "v1");
        Path site = temp.resolve("site");
        Path log = temp.resolve("locked.log");
        try (BuildLock held = BuildLock.tryAcquire(site).orElseThrow()) {
            Process p = CliProcess.build(content, site, log);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(4, p.exitValue());
            assertEquals("noticeboard: error: another build is writing " + site
                    + "; wait for it to finish\n", Files.readString(log));
            assertFalse(Files.exists(site));
        }
        Process a = CliProcess.build(content, site, temp.resolve("a.log"));
        Process b = CliProcess.build(content, site, temp.resolve("b.log"));
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
        List<Integer> codes = List.of(a.exitValue(), b.exitValue());
        assertTrue(codes.contains(0) && codes.stream().allMatch(c -> c == 0 || c == 4),
                codes.toString());
        if (codes.contains(4)) {
            String loser = Files.readString(temp.resolve(a.exitValue() == 4 ? "a.log" : "b.log"));
            assertTrue(loser.contains("another build is writing"), loser);
        }
        Path reference = temp.resolve("ref/site");
        assertEquals(0, CliProcess.build(content, reference, temp.resolve("r.log")).waitFor());
        assertEquals(CliProcess.manifest(reference), CliProcess.manifest(site));
        assertEquals(List.of(), CliProcess.leftovers(temp));
    }
}

package org.noticeboard.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.cli.Main;
import org.noticeboard.render.OutputFile;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;
import org.noticeboard.testing.TestSite;

/**
 * The output folder is absent, empty, or a site this tool published: anything else is refused
 * with exit 2 and left byte for byte as it was (issue: `-o /tmp/x` deleted a user's notes).
 */
class OutputFolderSafetyTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private PrintStream oldOut;
    private TestSite site;

    @BeforeEach
    void setUp() throws Exception {
        oldErr = System.err;
        oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        site = TestSite.in(temp.resolve("project"));
        site.writeFiles();
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
        System.setOut(oldOut);
    }

    private int build(Path output) {
        return Main.run("build", "--source", site.content().toString(), "--theme",
                Projects.theme().toString(), "--output", output.toString(), "--now",
                "2026-11-29", "--quiet", "--no-history");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedAndLeftByteForByteIntact() throws Exception {
        Path x = temp.resolve("x");
        write(x.resolve("notes.txt"), "tax records");
        write(x.resolve("2026/报表.xlsx"), "numbers");
        Map<String, byte[]> before = SiteFiles.read(x);

        assertEquals(2, build(x), err());

        assertTrue(err().contains("is not a site Noticeboard published"), err());
        assertTrue(err().contains("notes.txt"), err());
        assertEquals(SiteFiles.asText(before), SiteFiles.asText(SiteFiles.read(x)));
        assertFalse(Files.exists(x.resolve(SiteMarker.NAME)));
        try (var siblings = Files.list(temp)) {
            assertEquals(Set.of("project", "x"), siblings
                    .map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "no staging folder left");
        }
    }

    @Test
    void sourcesAndARepositoryAreRefusedAsOutput() throws Exception {
        Path src = temp.resolve("tool/src");
        write(src.resolve("main/java/App.java"), "class App {}");
        Path git = temp.resolve("tool/.git");
        write(git.resolve("HEAD"), "ref: refs/heads/main\n");
        for (Path output : new Path[] {src, git}) {
            Map<String, byte[]> before = SiteFiles.read(output);
            assertEquals(2, build(output), err());
            assertEquals(SiteFiles.asText(before), SiteFiles.asText(SiteFiles.read(output)));
        }
    }

    @Test
    void anEmptyFolderIsUsedAndMarkedWithTheFilesWritten() throws Exception {
        Path out = Files.createDirectories(temp.resolve("empty"));
        assertEquals(0, build(out), err());
        SiteMarker marker = SiteMarker.read(out).orElseThrow();
        assertTrue(marker.files().contains("index.html"));
        assertTrue(marker.files().contains("assets/style.css"));
        Map<String, byte[]> files = SiteFiles.read(out);
        files.remove(SiteMarker.NAME);
        assertEquals(files.keySet(), marker.files(), "the marker lists exactly what is there");
        assertEquals(0, build(out), "a site this tool published is replaced: " + err());
    }

    @Test
    void aMarkedSiteWithAFileTheLastPublishDidNotWriteIsRefused() throws Exception {
        Path out = temp.resolve("site");
        assertEquals(0, build(out), err());
        write(out.resolve("street/minutes.docx"), "meeting minutes");
        assertEquals(2, build(out), err());
        assertTrue(err().contains("holds files Noticeboard did not write"), err());
        assertTrue(err().contains("street/minutes.docx"), err());
        assertEquals("meeting minutes", Files.readString(out.resolve("street/minutes.docx")));
    }

    @Test
    void aFileAddedWhileTheSiteRendersIsNotDeletedByTheSwap() throws Exception {
        Path out = temp.resolve("site");
        try (Staging first = new SitePublisher().begin(out)) {
            first.accept(OutputFile.text("index.html", "one"));
            first.commit();
        }
        try (Staging second = new SitePublisher().begin(out)) {
            second.accept(OutputFile.text("index.html", "two"));
            write(out.resolve("notes.txt"), "written during the build");
            assertThrows(OutputRefusedException.class, () -> second.commit());
        }
        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertEquals("written during the build", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void aSiteOfAnEarlierVersionIsRecognisedOnceAndMarked() throws Exception {
        Path out = temp.resolve("site");
        write(out.resolve("index.html"),
                "<html><head><meta name=\"generator\" content=\"Noticeboard\"></head></html>");
        write(out.resolve("items.json"), "{\"format_version\": 1}");
        write(out.resolve("street/old-notice/index.html"), "<p>an item since removed</p>");
        write(out.resolve("robots.txt"), "User-agent: *\n");
        assertEquals(0, build(out), err());
        assertTrue(SiteMarker.read(out).isPresent());
        assertFalse(Files.exists(out.resolve("street/old-notice/index.html")));
    }

    @Test
    void anEarlierVersionsSiteHoldingOtherFilesIsRefused() throws Exception {
        Path out = temp.resolve("site");
        write(out.resolve("index.html"),
                "<html><head><meta name=\"generator\" content=\"Noticeboard\"></head></html>");
        write(out.resolve("items.json"), "{\"format_version\": 1}");
        write(out.resolve("notes.txt"), "mine");
        assertEquals(2, build(out), err());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void publishedFilesFollowTheUmaskNotOwnerOnly() throws Exception {
        Path out = temp.resolve("site");
        assertEquals(0, build(out), err());
        int umask = umask();
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(out);
        assertEquals(PosixFilePermissions.toString(mode(0777 & ~umask)),
                PosixFilePermissions.toString(folder));
        assertEquals(PosixFilePermissions.toString(mode(0666 & ~umask)),
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(out.resolve("index.html"))));
        assertEquals(PosixFilePermissions.toString(mode(0777 & ~umask)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("assets"))));
    }

    @Test
    void aSiteBuiltWithUmask022IsReadableByAnotherUser() throws Exception {
        assumeTrue(umask() == 0022, "the test JVM runs with umask 022");
        assumeTrue("root".equals(System.getProperty("user.name"))
                && Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs root and setpriv");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path out = temp.resolve("site");
        assertEquals(0, build(out), err());
        Process cat = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", "cat", out.resolve("assets/style.css").toString(),
                out.resolve("index.html").toString()).redirectErrorStream(true).start();
        String shown = new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cat.waitFor(), shown);
        assertTrue(shown.contains("<html"), shown);
    }

    @Test
    void aLinkedOutputPublishesIntoItsTargetAndKeepsTheLink() throws Exception {
        Path webRoot = temp.resolve("www/board");
        Path current = Files.createSymbolicLink(temp.resolve("current"), webRoot);
        assertEquals(0, build(current), err());
        assertTrue(Files.isSymbolicLink(current), "the link is kept");
        assertTrue(Files.isRegularFile(webRoot.resolve("index.html")), "the target is written");
        String first = Files.readString(webRoot.resolve(SiteMarker.NAME));
        site.file("site.yaml", TestSite.SITE_YAML.replace("测试街道", "新华街道")).writeFiles();
        assertEquals(0, build(current), err());
        assertTrue(Files.isSymbolicLink(current));
        assertTrue(Files.readString(webRoot.resolve("index.html")).contains("新华街道"),
                "the target is updated, not a stale copy");
        assertTrue(first.startsWith(SiteMarker.HEADER));
    }

    private static Set<PosixFilePermission> mode(int bits) {
        String s = "";
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s += (bits & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-';
        }
        return PosixFilePermissions.fromString(s);
    }

    private static int umask() throws Exception {
        Process p = new ProcessBuilder("/bin/sh", "-c", "umask").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return Integer.parseInt(text, 8);
    }
}

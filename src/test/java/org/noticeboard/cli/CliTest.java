package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** The command line as an editor or a scheduled job meets it: messages and exit codes. */
class CliTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return Main.run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildsTheExampleSiteWithExitZero() {
        Path output = temp.resolve("site");
        int code = run("build", "--source", Projects.exampleContent().toString(), "--theme",
                Projects.theme().toString(), "--output", output.toString(), "--now", "2026-11-29",
                "--quiet");
        assertEquals(0, code, err());
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
    }

    @Test
    void contentErrorsExitOneWithFileAndLineAndNoStackTrace() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md",
                Items.policy("规则").replace("published: 2026-11-01", "published: 2026-13-01"));
        site.writeFiles();
        int code = run("build", "--source", site.content().toString(), "--theme",
                Projects.theme().toString(), "--output", site.output().toString(), "--now",
                "2026-11-29");
        assertEquals(1, code);
        assertTrue(err().contains("content/street/policy/a.md:3:12: error: '2026-13-01' is not a "
                + "real date [published]"), err());
        assertTrue(err().contains("nothing was published"));
        assertFalse(err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run("build", "--now", "yesterday", "--lang", "en"));
        assertTrue(err().contains("--now must be a date"), err());
        assertEquals(2, run("build", "--now", "yesterday", "--lang", "zh"));
        assertTrue(err().contains("--now 须写成日期 YYYY-MM-DD"), err());
        assertEquals(2, run("build", "--lang", "fr"));
        assertTrue(err().contains("--lang must be zh or en, not 'fr'")
                || err().contains("--lang 只能是 zh 或 en，不能是 'fr'"), err());
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("build", "--base-url", "ftp://example.org/"));
        assertEquals(2, run("serve", "--base-url", "ftp://example.org/"), "serve checks it too");
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("build"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("noticeboard"));
    }

    @Test
    void checkWritesNothingAndExitsZeroOnTheExample() {
        int code = run("check", "--source", Projects.exampleContent().toString(), "--theme",
                Projects.theme().toString(), "--now", "2026-11-29");
        assertEquals(0, code, err());
    }

    @Test
    void printRefusesAnOutputFolderThatWouldSwallowTheContent() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则"));
        site.writeFiles();
        int code = run("print", "--source", site.content().toString(), "--theme",
                Projects.theme().toString(), "--output", site.content().toString(), "--now",
                "2026-11-29");
        assertEquals(2, code, err());
        assertTrue(Files.isRegularFile(site.content().resolve("street/policy/a.md")));
    }
}

package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Each exit code means one thing: a bad setting is 1 (in site.yaml, at its line) or 2 (on the
 * command line), naming it and what to write instead, never "internal error" (3); what the
 * machine refuses is 4.
 */
class SettingsAndExitCodesTest {

    @TempDir
    Path temp;

    private Console build(TestSite site, String... more) throws Exception {
        site.writeFiles();
        String[] args = {"build", "--source", site.content().toString(), "--theme",
            Projects.theme().toString(), "--output", site.output().toString(), "--now",
            "2026-11-29", "--quiet"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Console.run(all);
    }

    private TestSite site() {
        return TestSite.in(temp).file("street/policy/a.md", Items.policy("规则"));
    }

    @Test
    void aBaseUrlWithABadEscapeInSiteYamlIsAContentErrorAtItsLine() throws Exception {
        Console c = build(site().file("site.yaml",
                TestSite.SITE_YAML + "base_url: 'https://a.example/%zz/'\n"));
        assertEquals(1, c.exit(), c.err());
        assertTrue(c.err().contains("content/site.yaml:17:11: error: 'base_url' must be a valid "
                + "web address (malformed escape pair at character 19) [base_url]"), c.err());
        assertFalse(c.err().contains("internal error"), c.err());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void aBaseUrlPortOutOfRangeInSiteYamlIsAContentError() throws Exception {
        Console c = build(site().file("site.yaml",
                TestSite.SITE_YAML + "base_url: 'https://a.example:99999/'\n"));
        assertEquals(1, c.exit(), c.err());
        assertTrue(c.err().contains("content/site.yaml:17:11: error: 'base_url' must be a valid "
                + "web address (port 99999 is not between 1 and 65535) [base_url]"), c.err());
    }

    @Test
    void everyUnusableBaseUrlOptionIsUsageNamingTheOptionAndAnExample() throws Exception {
        for (String url : new String[] {"https://[::1/", "https:///", "https://a.example:99999/",
            "https://a.example/%zz/", "ftp://a.example/", "https://a b/"}) {
            Console c = build(site(), "--base-url", url);
            assertEquals(2, c.exit(), url + ": " + c.err());
            assertTrue(c.err().startsWith("noticeboard: error: --base-url '" + url
                    + "' is not a usable address ("), c.err());
            assertTrue(c.err().contains("e.g. --base-url https://heping.example.gov.cn/"),
                    c.err());
            assertFalse(Files.exists(temp.resolve("site")), url);
        }
        Console serve = Console.run("serve", "--base-url", "https:///");
        assertEquals(2, serve.exit(), serve.err());
    }

    @Test
    void aGoodBaseUrlStillBuilds() throws Exception {
        Console c = build(site(), "--base-url", "https://a.example:8443/notices");
        assertEquals(0, c.exit(), c.err());
    }

    @Test
    void anUnknownTimeZoneIsUsageSayingWhatToWrite() throws Exception {
        for (String zone : new String[] {"Mars/Olympus", "", "+25:00"}) {
            Console c = build(site(), "--timezone", zone);
            assertEquals(2, c.exit(), "'" + zone + "': " + c.err());
            assertEquals("noticeboard: error: --timezone '" + zone + "' is not a time zone; "
                    + "write a region such as Asia/Shanghai or an offset such as +08:00\n",
                    c.err());
        }
        assertEquals(0, build(site(), "--timezone", "+08:00").exit());
    }

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        private final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static String[] run(RuntimeException failure, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Failing(failure));
        cli.setErr(new PrintWriter(err, true));
        int code = Main.execute(cli, args);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void aBugIsExitThreeAndDebugPrintsItsStackTrace() {
        String[] plain = run(new IllegalStateException("boom"));
        assertEquals("3", plain[0]);
        assertEquals("noticeboard: internal error: java.lang.IllegalStateException: boom\n"
                + "  please report this; run again with --debug for details\n", plain[1]);
        String[] debug = run(new IllegalStateException("boom"), "--debug");
        assertEquals("3", debug[0]);
        assertTrue(debug[1].contains("\tat org.noticeboard.cli.SettingsAndExitCodesTest"),
                debug[1]);
    }

    @Test
    void permissionDeniedIsExitFourNamingTheFolder() {
        String[] r = run(new UncheckedIOException(new AccessDeniedException("/srv/www/site")));
        assertEquals("4", r[0]);
        assertEquals("noticeboard: error: permission denied: cannot write /srv/www/site; give "
                + "your user write permission on the folder /srv/www or choose another folder\n",
                r[1]);
    }

    @Test
    void aFullDiskIsSaidInWords() {
        assertEquals("the disk is full writing /srv/www/site/a.html; free some space and run "
                + "again", EnvironmentFailure.describe(new FileSystemException(
                        "/srv/www/site/a.html", null, "No space left on device")));
    }

    @Test
    void buildingIntoAFolderWithoutWritePermissionSaysPermissionDenied() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "permission bits do not stop root");
        Path locked = Files.createDirectories(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            TestSite site = site();
            site.writeFiles();
            Console c = Console.run("build", "--source", site.content().toString(), "--theme",
                    Projects.theme().toString(), "--output", locked.resolve("site").toString(),
                    "--now", "2026-11-29");
            assertEquals(4, c.exit(), c.err());
            assertTrue(c.err().contains("permission denied") && c.err().contains(
                    locked.toString()), c.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}

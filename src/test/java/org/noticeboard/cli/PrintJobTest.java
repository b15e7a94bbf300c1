package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.print.PdfPrinter;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** {@code noticeboard print} as the clerk runs it: progress, summary, and a broken browser. */
class PrintJobTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out) {}

    private Run print(String browser, String... extra) throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则"))
                .file("street/notice/b.md", Items.notice("公示", "2026-11-25", 7));
        site.writeFiles();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "print",
                "--source", site.content().toString(), "--theme", Projects.theme().toString(),
                "--output", site.output().toString(), "--now", "2026-11-30"));
        command.addAll(List.of(extra));
        ProcessBuilder child = new ProcessBuilder(command).redirectErrorStream(true);
        child.environment().put("NOTICEBOARD_CHROMIUM", browser);
        Process p = child.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    @Test
    void aBrowserThatCannotStartIsAnEnvironmentErrorSayingWhatToInstall() throws Exception {
        Path broken = temp.resolve("chromium");
        Files.writeString(broken, "#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwx------"));
        Run run = print(broken.toString(), "--week");
        assertEquals(4, run.exit(), run.out());
        assertTrue(run.out().contains("noticeboard: error: cannot start the browser: Chromium "
                + "failed (exit 1): cannot open display"), run.out());
        assertTrue(run.out().contains("Chromium, Chrome or Edge"), run.out());
    }

    @Test
    void eachPdfIsAProgressLineThenASummary() throws Exception {
        Assumptions.assumeTrue(PdfPrinter.find().isPresent(), "Chromium is not installed");
        Run run = print(System.getenv().getOrDefault("NOTICEBOARD_CHROMIUM", ""),
                "--board", "street", "--week", "--all");
        assertEquals(0, run.exit(), run.out());
        List<String> progress = run.out().lines().filter(l -> l.startsWith("[")).toList();
        // two tabs print side by side, so the PDFs may finish in either order
        assertEquals(List.of("[1/2]", "[2/2]"), progress.stream()
                .map(l -> l.substring(0, l.indexOf(' '))).toList(), run.out());
        assertEquals(List.of("print/street/board.pdf", "print/street/week.pdf"), progress.stream()
                .map(l -> l.substring(l.indexOf(' ') + 1)).sorted().toList());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("printed 2 PDFs into ")),
                run.out());
        assertTrue(Files.size(temp.resolve("site/print/street/week.pdf")) > 0);
    }
}

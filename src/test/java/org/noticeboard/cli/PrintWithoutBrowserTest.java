package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** No browser to print with is the machine's problem, exit 4, not the content's (1). */
class PrintWithoutBrowserTest {

    @TempDir
    Path temp;

    @Test
    void printWithoutChromiumExitsFourWithTheInstallHint() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("规则"));
        site.writeFiles();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(List.of(java, "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "print",
                "--source", site.content().toString(), "--theme", Projects.theme().toString(),
                "--output", site.output().toString(), "--now", "2026-11-29"))
                .redirectErrorStream(true);
        child.environment().put("NOTICEBOARD_CHROMIUM", temp.resolve("no-such-chromium")
                .toString());
        Process p = child.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(4, p.exitValue(), out);
        assertTrue(out.contains("noticeboard: error: headless Chromium is needed to write PDFs"),
                out);
    }
}

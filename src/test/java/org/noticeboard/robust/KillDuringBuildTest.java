package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at random moments never leaves a broken site: the output is always
 * the previous complete site or the new complete one — or, if the kill fell between the two
 * renames of the swap, missing with the previous site complete in {@code .site.old}, which the
 * next build restores. Stale staging folders are removed by the next build.
 */
class KillDuringBuildTest {

    static final int ITEMS = 200;
    static final int KILLS = 10;

    @TempDir
    Path temp;

    @Test
    void killedBuildsNeverLeaveAPartialSite() throws Exception {
        Path content = temp.resolve("content");
        Path site = temp.resolve("site");
        CliProcess.writeSite(content, ITEMS, "v1");
        assertEquals(0, run(content, site), "first build");
        Map<String, String> v1 = CliProcess.manifest(site);
        assertTrue(v1.size() > ITEMS, "site written: " + v1.size());
        CliProcess.writeSite(content, ITEMS, "v2");
        long started = System.nanoTime();
        Path expected = temp.resolve("expected/site");
        assertEquals(0, run(content, expected), "reference build of v2");
        long fullMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> v2 = CliProcess.manifest(expected);
        assertEquals(v1.keySet(), v2.keySet());

        Random random = new Random(8);
        int completed = 0;
        int duringPublish = 0;
        for (int i = 0; i < KILLS; i++) {
            Process p = CliProcess.build(content, site, temp.resolve("kill-" + i + ".log"));
            long delay;
            if (i % 2 == 0) {
                // Anywhere in the build: start-up, reading, rendering, publishing.
                delay = (long) (fullMs * (0.1 + 0.9 * random.nextDouble()));
            } else {
                // Inside the publish stage: wait for the staging folder, then a little longer.
                long deadline = System.nanoTime() + fullMs * 3_000_000L;
                while (p.isAlive() && !staging() && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                delay = random.nextInt(40);
            }
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                completed++;
            } else {
                p.destroyForcibly().waitFor();
            }
            if (staging()) {
                duringPublish++;
            }
            Map<String, String> now = CliProcess.manifest(site);
            Map<String, String> old = CliProcess.manifest(temp.resolve(".site.old"));
            boolean intact = now.equals(v1) || now.equals(v2)
                    || now.isEmpty() && (old.equals(v1) || old.equals(v2));
            assertTrue(intact, "kill " + i + " after " + delay + " ms left a broken site: "
                    + now.size() + " files, .site.old " + old.size() + " files");
        }
        assertEquals(0, run(content, site), "a build after the kills succeeds");
        assertEquals(List.of(), CliProcess.leftovers(temp), "stale folders removed");
        assertEquals(v2, CliProcess.manifest(site));
        System.out.println("KillDuringBuildTest: full build " + fullMs + " ms, " + KILLS
                + " kills (" + duringPublish + " while writing the staging folder), " + completed
                + " builds finished before their kill");
    }

    private boolean staging() throws java.io.IOException {
        return CliProcess.leftovers(temp).stream().anyMatch(n -> n.contains("staging"));
    }

    private int run(Path content, Path site) throws Exception {
        Process p = CliProcess.build(content, site, temp.resolve("build.log"));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finishes");
        return p.exitValue();
    }
}

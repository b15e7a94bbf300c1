package org.noticeboard.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.testing.Projects;

/**
 * Two builds of the same input at the same --now write the same files, byte for byte: the build
 * renders in parallel, and nothing in the output may depend on thread timing or hash order.
 */
class ReproducibleBuildTest {

    @Test
    void theExampleSiteBuildsToTheSameBytesTwice(@TempDir Path temp) throws IOException {
        assertSameBuilds(Projects.exampleContent(), temp);
    }

    @Test
    void aGenerated200ItemSiteBuildsToTheSameBytesTwice(@TempDir Path temp) throws Exception {
        boolean python = hasPython();
        assumeTrue(python || System.getenv("CI") == null, "python3 is required under CI");
        assumeTrue(python, "python3 not found: the benchmark generator cannot run");
        Process gen = new ProcessBuilder("python3",
                Projects.root().resolve("bench/gen_site.py").toString(), "200",
                temp.resolve("gen").toString(), "--seed", "7")
                .redirectErrorStream(true).start();
        String out = new String(gen.getInputStream().readAllBytes());
        assertTrue(gen.waitFor(120, TimeUnit.SECONDS) && gen.exitValue() == 0, out);
        assertSameBuilds(temp.resolve("gen/content"), temp);
    }

    /**
     * Pages show dates that belong to the content, not the build's clock: the same content built
     * in the morning and in the evening gives the same pages, so hard links, rsync and HTTP
     * caches see no change. Only the formats that require a build time carry one (iCalendar's
     * DTSTAMP).
     */
    @Test
    void theSameContentBuiltLaterThatDayGivesTheSamePages(@TempDir Path temp) throws IOException {
        Path morning = build(Projects.exampleContent(), temp.resolve("morning"),
                LocalDate.of(2026, 11, 29).atTime(8, 0));
        Path evening = build(Projects.exampleContent(), temp.resolve("evening"),
                LocalDate.of(2026, 11, 29).atTime(19, 45));
        List<String> differing = new java.util.ArrayList<>();
        for (Path file : files(morning)) {
            Path rel = morning.relativize(file);
            if (!java.util.Arrays.equals(Files.readAllBytes(file),
                    Files.readAllBytes(evening.resolve(rel)))) {
                differing.add(rel.toString().replace('\\', '/'));
            }
        }
        assertTrue(differing.stream().allMatch(p -> p.endsWith(".ics")), differing.toString());
        assertTrue(differing.size() <= 20, differing.toString());
    }

    private static void assertSameBuilds(Path content, Path temp) throws IOException {
        Path a = build(content, temp.resolve("a"));
        Path b = build(content, temp.resolve("b"));
        List<Path> filesA = files(a);
        List<Path> filesB = files(b);
        assertEquals(filesA.stream().map(a::relativize).toList(),
                filesB.stream().map(b::relativize).toList());
        assertTrue(filesA.size() > 40, "files: " + filesA.size());
        for (Path file : filesA) {
            Path rel = a.relativize(file);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(rel)),
                    rel.toString());
        }
    }

    private static Path build(Path content, Path out) throws IOException {
        return build(content, out, LocalDate.of(2026, 11, 29).atTime(8, 0));
    }

    private static Path build(Path content, Path out, java.time.LocalDateTime now)
            throws IOException {
        BuildResult result = new Build().run(new BuildOptions(content, out, Projects.theme(),
                Optional.empty(), now.atZone(ZoneId.of("Asia/Shanghai")), true));
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::oneLine).toList());
        assertTrue(result.published());
        return out;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

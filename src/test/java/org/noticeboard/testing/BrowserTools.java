package org.noticeboard.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools the page checks run outside the JVM: the Nu HTML Checker and axe-core (npm packages
 * under src/test/browser, installed by .ci/run) and Chromium. Under CI=true a missing tool fails
 * the test; on a developer's machine without them the checks are skipped with the reason.
 */
public final class BrowserTools {

    private BrowserTools() {}

    public static Path folder() {
        return Projects.root().resolve("src/test/browser");
    }

    public static Path vnuJar() {
        return folder().resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    }

    public static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    }

    /** Fails under CI, skips elsewhere, when one of the paths is missing. */
    public static void require(Path... paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                String why = p + " is missing: run `npm ci` in src/test/browser "
                        + "(as .ci/run does) and install chromium";
                if ("true".equals(System.getenv("CI"))) {
                    fail(why);
                }
                Assumptions.assumeTrue(false, why);
            }
        }
    }

    /** What a finished command printed. */
    public record Output(int exit, String out, String err) {}

    /** Runs a command and returns its standard output; fails on a non-zero exit or a timeout. */
    public static String run(List<String> command, long timeoutSeconds) {
        Output o = runAny(command, timeoutSeconds);
        if (o.exit() != 0) {
            fail(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " exited "
                    + o.exit() + ":\n" + o.out() + o.err());
        }
        return o.out();
    }

    /** Runs a command to its end, whatever its exit code; fails on a timeout. */
    public static Output runAny(List<String> command, long timeoutSeconds) {
        try {
            Path err = Files.createTempFile("nb-tool", ".err");
            Path out = Files.createTempFile("nb-tool", ".out");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(command.get(0) + " did not finish in " + timeoutSeconds + " s");
                }
                return new Output(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(err);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

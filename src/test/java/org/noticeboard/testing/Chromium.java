package org.noticeboard.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for tests that must run a page's script. Under CI=true a missing browser is a
 * failure (CI installs it); on a developer's machine without it the test is skipped.
 */
public final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {}

    public static void assumeAvailable() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("chromium is required under CI=true: " + BINARY);
        }
        assumeTrue(present, "chromium not installed");
    }

    /** The DOM after the page's scripts ran ({@code --dump-dom}). */
    public static String dumpDom(String url, Path temp) throws IOException, InterruptedException {
        return dumpDom(url, temp, 0);
    }

    /** The same in a window {@code width} CSS pixels wide (390: a phone; 0: the default). */
    public static String dumpDom(String url, Path temp, int width)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "chromium-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", url));
        if (width > 0) {
            command.add(command.size() - 2, "--window-size=" + width + ",900");
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + url);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

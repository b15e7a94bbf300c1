package org.noticeboard.print;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.noticeboard.publish.SitePublisher;

/**
 * Prints HTML pages to PDF with headless Chromium, the browser whose print layout the pages are
 * made and tested for. Each page gets a fresh, throw-away profile, so nothing of the user's
 * browser is read or changed.
 */
public final class PdfPrinter {

    /** The rule id of {@link #installHint()}. */
    public static final String INSTALL_HINT = "cli-print-install";

    /** Where Debian, Ubuntu and most distributions install Chromium or Chrome. */
    private static final List<String> NAMES = List.of("chromium", "chromium-browser",
            "google-chrome", "google-chrome-stable");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** No sandbox (containers lack it), no GPU, and nothing that reaches out to the network. */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private final Path browser;
    private final Duration timeout;

    public PdfPrinter(Path browser) {
        this(browser, TIMEOUT);
    }

    PdfPrinter(Path browser, Duration timeout) {
        this.browser = browser;
        this.timeout = timeout;
    }

    /** Chromium from {@code $NOTICEBOARD_CHROMIUM} or the {@code PATH}, if installed. */
    public static Optional<PdfPrinter> find() {
        String configured = System.getenv("NOTICEBOARD_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(new PdfPrinter(p)) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(new PdfPrinter(p));
                }
            }
        }
        return Optional.empty();
    }

    /** What to tell a user who has no Chromium, in English; the bundles say it in Chinese. */
    public static String installHint() {
        return org.noticeboard.diag.Messages.of(org.noticeboard.diag.Language.EN)
                .text(INSTALL_HINT);
    }

    /** Prints {@code html} to {@code pdf}, as the page's own {@code @page} rules lay it out. */
    public void print(Path html, Path pdf) throws IOException {
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        Files.deleteIfExists(pdf);
        run(List.of("--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath(),
                html.toAbsolutePath().toUri().toString()));
        if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new IOException("Chromium wrote no PDF for " + html);
        }
    }

    /**
     * One browser for many pages: a print job of dozens of PDFs pays Chromium's start once.
     * Close it when the job is done.
     */
    public ChromiumSession session() throws IOException {
        return ChromiumSession.start(browser, FLAGS, timeout);
    }

    /** The page's DOM after its scripts ran, as Chromium lays it out on screen. */
    public String dumpDom(Path html) throws IOException {
        return run(List.of("--dump-dom", html.toAbsolutePath().toUri().toString()));
    }

    private String run(List<String> args) throws IOException {
        Path profile = Files.createTempDirectory("noticeboard-chromium-");
        Path log = Files.createTempFile("noticeboard-chromium-", ".log");
        Path out = Files.createTempFile("noticeboard-chromium-", ".out");
        try {
            List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless"));
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + profile);
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                throw new IOException("Chromium did not finish within " + timeout.toSeconds()
                        + " s and was stopped");
            }
            if (process.exitValue() != 0) {
                throw new IOException("Chromium failed (exit " + process.exitValue() + "): "
                        + lastLines(log));
            }
            return Files.readString(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium was printing", e);
        } finally {
            SitePublisher.deleteTree(profile);
            Files.deleteIfExists(log);
            Files.deleteIfExists(out);
        }
    }

    /**
     * Stops a hung browser and everything it started (renderer, GPU and zygote processes would
     * otherwise run on, orphaned). The descendants are listed before the browser dies: after,
     * they no longer descend from it.
     */
    static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    static String lastLines(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.filter(l -> !l.isBlank()).toList();
            return String.join(" / ", all.subList(Math.max(0, all.size() - 3), all.size()));
        }
    }
}

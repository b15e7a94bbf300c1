package org.noticeboard.print;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.noticeboard.publish.SitePublisher;

/**
 * One headless Chromium for a whole print job, driven over the DevTools protocol: each page is
 * printed in a tab of its own, so a job of forty PDFs starts the browser once, not forty times.
 * Thread-safe: pages may print side by side, each in its tab. The throw-away profile goes with
 * the browser on {@link #close}.
 */
public final class ChromiumSession implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final Path log;
    private final DevToolsClient client;
    private final Duration timeout;

    private ChromiumSession(Process process, Path profile, Path log, DevToolsClient client,
            Duration timeout) {
        this.process = process;
        this.profile = profile;
        this.log = log;
        this.client = client;
        this.timeout = timeout;
    }

    static ChromiumSession start(Path browser, List<String> flags, Duration timeout)
            throws IOException {
        Path profile = Files.createTempDirectory("noticeboard-chromium-");
        Path log = Files.createTempFile("noticeboard-chromium-", ".log");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless"));
        command.addAll(flags);
        command.addAll(List.of("--user-data-dir=" + profile, "--remote-debugging-port=0",
                "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            URI endpoint = endpoint(process, profile, log);
            return new ChromiumSession(process, profile, log,
                    DevToolsClient.connect(endpoint, START), timeout);
        } catch (IOException | RuntimeException e) {
            stop(process, profile, log);
            throw e;
        }
    }

    /** Chromium writes its port and browser path to the profile once it listens. */
    private static URI endpoint(Process process, Path profile, Path log) throws IOException {
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(active)) {
                List<String> lines = Files.readAllLines(active);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip()
                            + lines.get(1).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("Chromium failed (exit " + process.exitValue() + "): "
                        + PdfPrinter.lastLines(log));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while Chromium was starting", e);
            }
        }
        throw new IOException("Chromium did not start within " + START.toSeconds()
                + " s and was stopped");
    }

    /** Prints {@code html} to {@code pdf}, as the page's own {@code @page} rules lay it out. */
    public void print(Path html, Path pdf) throws IOException {
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        String target = client.call(null, "Target.createTarget", Map.of("url", "about:blank"),
                timeout).path("targetId").asText();
        try {
            String tab = client.call(null, "Target.attachToTarget",
                    Map.of("targetId", target, "flatten", true), timeout)
                    .path("sessionId").asText();
            client.call(tab, "Page.enable", Map.of(), timeout);
            CompletableFuture<JsonNode> loaded = client.expect(tab, "Page.loadEventFired");
            client.call(tab, "Page.navigate",
                    Map.of("url", html.toAbsolutePath().toUri().toString()), timeout);
            client.await(loaded, timeout, "loading " + html);
            // the CJK fonts load after the load event on some systems
            client.call(tab, "Runtime.evaluate", Map.of("expression",
                    "document.fonts.ready.then(() => true)", "awaitPromise", true), timeout);
            JsonNode printed = client.call(tab, "Page.printToPDF", Map.of(
                    "preferCSSPageSize", true, "displayHeaderFooter", false), timeout);
            byte[] bytes = Base64.getDecoder().decode(printed.path("data").asText());
            if (bytes.length == 0) {
                throw new IOException("Chromium wrote no PDF for " + html);
            }
            Files.write(pdf, bytes);
        } finally {
            client.call(null, "Target.closeTarget", Map.of("targetId", target), timeout);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            client.call(null, "Browser.close", Map.of(), Duration.ofSeconds(5));
        } catch (IOException e) {
            // a browser that does not close when asked is stopped below
        }
        client.close();
        stop(process, profile, log);
    }

    private static void stop(Process process, Path profile, Path log) throws IOException {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                PdfPrinter.killTree(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            SitePublisher.deleteTree(profile);
            Files.deleteIfExists(log);
        }
    }
}

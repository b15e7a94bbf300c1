package org.noticeboard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** The preview server on a free loopback port, driven by real file changes. */
class PreviewServerTest {

    @TempDir
    Path temp;
    TestSite site;
    PreviewServer server;
    SourceWatcher watcher;
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        site = TestSite.in(temp).file("street/policy/rules.md", Items.policy("公开规则"));
        site.writeFiles();
        BuildSession session = new BuildSession(new BuildOptions(site.content(),
                temp.resolve("unused"), Projects.theme(), Optional.empty(),
                ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")), false));
        server = PreviewServer.start(session,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 500);
        watcher = new SourceWatcher(session.inputs(), 50, server::update);
        http.sendAsync(HttpRequest.newBuilder(server.address().resolve("/_noticeboard/events"))
                        .build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(events::add));
        for (int i = 0; i < 100 && server.listeners() == 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(1, server.listeners());
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReload() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            String line = events.poll(100, TimeUnit.MILLISECONDS);
            if ("event: reload".equals(line)) {
                return;
            }
        }
        throw new AssertionError("no reload event");
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(site.content().resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void aSavedChangeIsRebuiltAndTheTabToldToReload() throws Exception {
        var before = get("/street/policy/rules.html");
        assertEquals(200, before.statusCode());
        assertEquals("公开规则", Jsoup.parse(before.body()).selectFirst("h1").text());
        write("street/policy/rules.md", Items.policy("修订后的公开规则"));
        awaitReload();
        var after = get("/street/policy/rules.html");
        assertEquals("修订后的公开规则", Jsoup.parse(after.body()).selectFirst("h1").text());
        assertTrue(get("/street/policy/").body().contains("修订后的公开规则"));
        assertNotNull(Jsoup.parse(after.body())
                .selectFirst("script[src=/_noticeboard/reload.js]"), "live reload injected");
    }

    @Test
    void anErrorShowsAsAPageAndTheFixClearsIt() throws Exception {
        write("street/policy/rules.md", "---\ntitle: 公开规则\npublished: 2026-02-30\n---\n");
        awaitReload();
        var broken = get("/street/policy/rules.html");
        assertEquals(500, broken.statusCode());
        var page = Jsoup.parse(broken.body());
        String problem = page.selectFirst("li.error .where").text();
        assertTrue(problem.endsWith("content/street/policy/rules.md:3:12: error: '2026-02-30' "
                + "is not a real date [published]"), problem);
        assertEquals("published: 2026-02-30", page.selectFirst("li.error pre").text());
        assertTrue(page.selectFirst("li.error .hint").text().contains("YYYY-MM-DD"));
        var lastGood = get("/street/policy/rules.html?last-good");
        assertEquals(200, lastGood.statusCode(), "the last good build is still served");
        assertTrue(lastGood.body().contains("公开规则"));

        write("street/policy/rules.md", Items.policy("改正后的规则"));
        awaitReload();
        var fixed = get("/street/policy/rules.html");
        assertEquals(200, fixed.statusCode());
        assertEquals("改正后的规则", Jsoup.parse(fixed.body()).selectFirst("h1").text());
    }

    @Test
    void newFoldersAreWatchedToo() throws Exception {
        Files.createDirectories(site.content().resolve("east/notice"));
        write("east/notice/water.md", Items.notice("停水公示", "2026-11-25", 7));
        awaitReload();
        for (int i = 0; i < 50 && get("/east/notice/water.html").statusCode() != 200; i++) {
            awaitReload();
        }
        assertTrue(get("/east/notice/water.html").body().contains("停水公示"));
    }

    @Test
    void pathsOutsideTheSiteAreRefused() throws Exception {
        for (String path : List.of("/../pom.xml", "/street/../../pom.xml", "/%2e%2e/pom.xml",
                "/%2E%2E/%2E%2E/etc/passwd", "/%252e%252e/pom.xml", "/..%5c..%5cpom.xml",
                "/street\\..\\..\\pom.xml", "/index.html%00.css", "/street/%2f%2f/x",
                "/.git/config", "//etc/passwd", "/%c0%ae%c0%ae/pom.xml")) {
            int status = rawStatus(path, "127.0.0.1");
            assertTrue(status == 400 || status == 404, path + " gave " + status);
        }
        assertEquals(200, rawStatus("/street/policy/rules.html", "127.0.0.1"));
        assertEquals(404, get("/nothing-here.html").statusCode());
    }

    @Test
    void foreignHostNamesAreRefused() throws Exception {
        assertEquals(400, rawStatus("/index.html", "attacker.example"));
        assertEquals(200, rawStatus("/index.html", "localhost"));
    }

    @Test
    void headersAndContentTypes() throws Exception {
        var page = get("/");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type")
                .orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options")
                .orElseThrow());
        assertEquals("no-referrer", page.headers().firstValue("referrer-policy").orElseThrow());
        assertTrue(page.headers().firstValue("content-security-policy").orElseThrow()
                .contains("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", page.headers().firstValue("x-frame-options").orElseThrow());
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers()
                .firstValue("content-type").orElseThrow());
        assertEquals("text/javascript; charset=utf-8", get("/_noticeboard/reload.js").headers()
                .firstValue("content-type").orElseThrow());
        var post = http.send(HttpRequest.newBuilder(server.address())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void thePublishedSiteNeverHasTheReloadScript() {
        assertTrue(site.build().published());
        assertFalse(site.page("street/policy/rules.html").html().contains("_noticeboard"));
    }

    /** Sends the path exactly as written, as a browser or curl would not. */
    private int rawStatus(String path, String host) throws IOException {
        URI address = server.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + address.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}

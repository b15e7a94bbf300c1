package org.noticeboard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;
import org.noticeboard.testing.TestSite;

/** The preview outlives whatever a theme does to a rebuild, and picks up the fix. */
class PreviewRecoveryTest {

    @TempDir
    Path temp;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTemplateThatIncludesItselfShowsAsAnErrorAndTheFixIsPickedUp() throws Exception {
        Path theme = temp.resolve("theme");
        SiteFiles.copyTree(Projects.theme(), theme);
        TestSite site = TestSite.in(temp).file("street/policy/rules.md", Items.policy("公开规则"));
        site.writeFiles();
        BuildSession session = new BuildSession(new BuildOptions(site.content(),
                temp.resolve("unused"), theme, Optional.empty(),
                ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")), false));
        Path partial = theme.resolve("templates/partials/receptions.peb");
        String good = Files.readString(partial);
        try (PreviewServer server = PreviewServer.start(session,
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 500);
                SourceWatcher watcher = new SourceWatcher(session.inputs(), 50,
                        server::update)) {
            assertEquals(200, get(server, "/").statusCode());

            Files.writeString(partial, "{% include \"partials/receptions\" %}\n" + good);
            await(server::failing);
            var broken = get(server, "/");
            assertEquals(500, broken.statusCode());
            Document page = Jsoup.parse(broken.body());
            String where = page.selectFirst("li.error .where").text();
            assertTrue(where.endsWith("templates/partials/receptions.peb:1: error: template "
                    + "error: includes nested more than 32 deep: does a template include "
                    + "itself, directly or through another?"), where);

            Files.writeString(partial, good);
            await(() -> !server.failing());
            var fixed = get(server, "/");
            assertEquals(200, fixed.statusCode());
            assertTrue(Jsoup.parse(fixed.body()).select("li.error").isEmpty());
        }
    }

    @Test
    void theWatcherKeepsWatchingAfterItsListenerThrows() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("watched"));
        BlockingQueue<Set<Path>> seen = new LinkedBlockingQueue<>();
        AtomicInteger bursts = new AtomicInteger();
        try (SourceWatcher watcher = new SourceWatcher(List.of(folder), 50, paths -> {
            seen.add(paths);
            switch (bursts.incrementAndGet()) {
                case 1 -> throw new StackOverflowError("a template recursed");
                case 2 -> throw new IOException("a file vanished");
                default -> throw new IllegalStateException("a bug");
            }
        })) {
            for (String name : List.of("a.md", "b.md", "c.md")) {
                Files.writeString(folder.resolve(name), name);
                Path file = folder.resolve(name);
                Set<Path> burst;
                do {
                    burst = seen.poll(20, TimeUnit.SECONDS);
                } while (burst != null && !burst.contains(file));
                assertTrue(burst != null, name + " was seen");
            }
        }
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "the preview rebuilt within 20 s");
    }
}

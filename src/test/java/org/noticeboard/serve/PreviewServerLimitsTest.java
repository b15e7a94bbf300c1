package org.noticeboard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** What slow, idle and listening clients can cost the preview server: a bounded amount. */
class PreviewServerLimitsTest {

    @TempDir
    Path temp;
    PreviewServer server;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        TestSite site = TestSite.in(temp).file("street/policy/rules.md", Items.policy("公开规则"));
        site.writeFiles();
        BuildSession session = new BuildSession(new BuildOptions(site.content(),
                temp.resolve("unused"), Projects.theme(), Optional.empty(),
                ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")), false));
        server = PreviewServer.start(session,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 500);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        server.close();
    }

    @Test
    void slowSocketsWaitForABoundedPoolAndAreCutOffAfterTheHeaderTimeout() throws Exception {
        assertEquals(200, status(send("/", true)));
        int before = ManagementFactory.getThreadMXBean().getThreadCount();
        for (int i = 0; i < 200; i++) {
            send("/", false); // the request line and a header, then nothing more
        }
        Thread.sleep(1500);
        int during = ManagementFactory.getThreadMXBean().getThreadCount();
        assertTrue(during - before <= ServerLimits.REQUEST_THREADS,
                "200 slow sockets made " + (during - before) + " threads");

        long began = System.nanoTime();
        for (Socket s : List.copyOf(sockets)) {
            if (s.getPort() == server.address().getPort() && !s.isClosed()) {
                s.setSoTimeout(30_000);
                try {
                    s.getInputStream().readAllBytes(); // until the server closes it
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a slow socket was still open after 30 s", e);
                } catch (IOException e) {
                    // reset by the server: closed too
                }
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(seconds < ServerLimits.REQUEST_SECONDS + 5, "closed after " + seconds + " s");
        assertEquals(200, status(send("/", true)), "pages are served again");
    }

    @Test
    void reloadStreamsAreCappedAndLeaveThePagesTheirThreads() throws Exception {
        List<Socket> streams = new ArrayList<>();
        for (int i = 0; i < ServerLimits.EVENT_STREAMS; i++) {
            Socket s = send(SiteHandler.EVENTS, true);
            assertEquals(200, status(s), "stream " + (i + 1));
            streams.add(s);
        }
        assertEquals(ServerLimits.EVENT_STREAMS, server.listeners());
        Socket refused = send(SiteHandler.EVENTS, true);
        String head = new String(refused.getInputStream().readAllBytes(),
                StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("HTTP/1.1 503"), head);
        assertTrue(head.toLowerCase(Locale.ROOT).contains("retry-after: 10"), head);
        assertEquals(200, status(send("/", true)), "pages are still served");

        streams.get(0).close();
        int next = 0;
        for (int i = 0; i < 50 && next != 200; i++) {
            Thread.sleep(200); // the stream's thread notices at its next heartbeat
            next = status(send(SiteHandler.EVENTS, true));
        }
        assertEquals(200, next, "a place is free again once a tab has gone");
    }

    /** A GET of {@code path}, complete or cut short after its first header. */
    private Socket send(String path, boolean complete) throws IOException {
        URI address = server.address();
        Socket socket = new Socket(address.getHost(), address.getPort());
        sockets.add(socket);
        socket.setSoTimeout(20_000);
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort()
                + "\r\n" + (complete ? "Connection: close\r\n\r\n" : "");
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private static int status(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String line = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
        return line.length() < 12 ? -1 : Integer.parseInt(line.substring(9, 12));
    }
}

package org.noticeboard.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.noticeboard.build.BuildSession;
import org.noticeboard.build.SessionUpdate;
import org.noticeboard.diag.Diagnostic;

/**
 * The preview server: the JDK's HTTP server in front of a {@link BuildSession}. After each
 * rebuild it tells the open tabs to reload; while the content has errors it shows them as a
 * page and keeps the last good build.
 */
public final class PreviewServer implements AutoCloseable {

    private final BuildSession session;
    private final EventStream events;
    private final HttpServer http;
    private final ExecutorService threads;
    private final AtomicLong builds = new AtomicLong();
    private volatile boolean failing;
    private volatile SessionUpdate last;

    private PreviewServer(BuildSession session, InetSocketAddress address, long heartbeatMillis)
            throws IOException {
        this.session = session;
        this.events = new EventStream(heartbeatMillis);
        this.threads = ServerLimits.requestThreads();
        ServerLimits.applyToJdkServer();
        this.http = HttpServer.create(address, 64);
        http.createContext("/", new SiteHandler(this, events, script(),
                address.getAddress().isLoopbackAddress()));
        http.setExecutor(threads);
    }

    /** Builds the site, then serves it at {@code address} (port 0: any free port). */
    public static PreviewServer start(BuildSession session, InetSocketAddress address)
            throws IOException {
        return start(session, address, 10_000);
    }

    static PreviewServer start(BuildSession session, InetSocketAddress address,
            long heartbeatMillis) throws IOException {
        PreviewServer server = new PreviewServer(session, address, heartbeatMillis);
        SessionUpdate first = session.build();
        server.failing = !first.ok();
        server.last = first;
        server.http.start();
        return server;
    }

    /** Rebuilds after a change and tells the open tabs to reload if anything they show moved. */
    public SessionUpdate update(Collection<Path> changed) throws IOException {
        SessionUpdate update = session.update(changed);
        boolean wasFailing = failing;
        failing = !update.ok();
        last = update;
        if (!update.changed().isEmpty() || failing || wasFailing) {
            events.reload(builds.incrementAndGet());
        }
        return update;
    }

    public URI address() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + a.getPort() + "/");
    }

    /** The latest build's result. */
    public SessionUpdate lastUpdate() {
        return last;
    }

    public boolean failing() {
        return failing;
    }

    public List<Diagnostic> diagnostics() {
        return session.diagnostics();
    }

    Map<String, byte[]> files() {
        return session.files();
    }

    /** How many tabs are listening for reloads (for tests and the console). */
    public int listeners() {
        return events.clients();
    }

    @Override
    public void close() {
        events.closeAll();
        http.stop(0);
        threads.shutdownNow();
    }

    private static byte[] script() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IOException("reload.js is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}

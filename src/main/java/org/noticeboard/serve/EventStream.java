package org.noticeboard.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events on {@code /_noticeboard/events}: each open preview tab holds one request
 * open and is told "reload" after every rebuild. A comment every few seconds finds tabs that
 * have gone away. Each stream has a thread of its own, from a pool of at most
 * {@link ServerLimits#EVENT_STREAMS}; a tab beyond that is refused.
 */
final class EventStream {

    private static final String CLOSE = "";
    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final long heartbeatMillis;
    private final ExecutorService threads = ServerLimits.eventThreads();

    EventStream(long heartbeatMillis) {
        this.heartbeatMillis = heartbeatMillis;
    }

    /**
     * Serves {@code exchange} on a stream thread, which closes it when the tab goes away; false
     * (and the exchange still the caller's) when every stream thread is taken.
     */
    boolean open(HttpExchange exchange) {
        try {
            threads.execute(() -> serve(exchange));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Tells every open tab to reload. */
    void reload(long build) {
        clients.forEach(q -> q.offer("event: reload\ndata: " + build + "\n\n"));
    }

    int clients() {
        return clients.size();
    }

    /** Ends every open stream, so the server can stop without waiting for them. */
    void closeAll() {
        clients.forEach(q -> q.offer(CLOSE));
        threads.shutdownNow();
    }

    /** Serves one tab until it goes away. */
    private void serve(HttpExchange exchange) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue); // before the tab hears it is connected: no reload is missed
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            send(out, "retry: 500\n: connected\n\n");
            while (true) {
                String next = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                if (next == CLOSE) {
                    break;
                }
                send(out, next == null ? ": ping\n\n" : next);
            }
        } catch (IOException | InterruptedException e) {
            // The tab was closed or reloaded; nothing to tell anyone.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

package org.noticeboard.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events on {@code /_noticeboard/events}: each open preview tab holds one request
 * open and is told "reload" after every rebuild. A comment every few seconds finds tabs that
 * have gone away.
 */
final class EventStream {

    private static final String CLOSE = "";
    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private final long heartbeatMillis;

    EventStream(long heartbeatMillis) {
        this.heartbeatMillis = heartbeatMillis;
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
    }

    /** Serves one tab until it goes away; runs on its own server thread. */
    void serve(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 500\n: connected\n\n");
            clients.add(queue);
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

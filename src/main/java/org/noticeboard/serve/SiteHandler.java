package org.noticeboard.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the preview's requests from the last good build in memory: only files the build made
 * are served, so no request can reach anything else on the disk. Pages get the live-reload
 * script; while the content has errors, pages show the errors instead.
 */
final class SiteHandler implements HttpHandler {

    static final String EVENTS = "/_noticeboard/events";
    static final String SCRIPT = "/_noticeboard/reload.js";
    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\"></script>";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private final PreviewServer server;
    private final EventStream events;
    private final byte[] script;
    private final boolean loopbackOnly;

    SiteHandler(PreviewServer server, EventStream events, byte[] script, boolean loopbackOnly) {
        this.server = server;
        this.events = events;
        this.script = script;
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            secure(exchange.getResponseHeaders());
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "method not allowed");
                return;
            }
            if (loopbackOnly && !isLoopback(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 400, "unexpected Host header");
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (EVENTS.equals(raw)) {
                streaming = events.open(exchange);
                if (!streaming) {
                    exchange.getResponseHeaders().set("Retry-After", "10");
                    text(exchange, 503, ServerLimits.BUSY);
                }
                return;
            }
            if (SCRIPT.equals(raw)) {
                send(exchange, 200, ContentTypes.of(SCRIPT), script);
                return;
            }
            Optional<String> path = RequestPath.resolve(raw);
            if (path.isEmpty()) {
                text(exchange, 400, "bad request path");
                return;
            }
            page(exchange, raw, path.get());
        } finally {
            if (!streaming) {
                exchange.close(); // a stream's own thread closes it when the tab goes away
            }
        }
    }

    private void page(HttpExchange exchange, String raw, String path) throws IOException {
        boolean lastGood = "last-good".equals(exchange.getRequestURI().getRawQuery());
        Map<String, byte[]> files = server.files();
        if (server.failing() && !lastGood && (path.endsWith(".html") || files.isEmpty())) {
            send(exchange, 500, ContentTypes.of(".html"),
                    withScript(ErrorPage.render(server.diagnostics())));
            return;
        }
        byte[] body = files.get(path);
        if (body == null && files.containsKey(path + "/index.html")) {
            exchange.getResponseHeaders().set("Location", raw + "/");
            send(exchange, 302, ContentTypes.of(".txt"), new byte[0]);
            return;
        }
        if (body == null) {
            byte[] notFound = files.get("404.html");
            if (notFound == null) {
                text(exchange, 404, "not found");
            } else {
                send(exchange, 404, ContentTypes.of(".html"), withScript(notFound));
            }
            return;
        }
        String type = ContentTypes.of(path);
        send(exchange, 200, type, type.startsWith("text/html") ? withScript(body) : body);
    }

    /** The dev server's pages reload themselves; the published files never contain this. */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = end < 0 ? page + SCRIPT_TAG
                : page.substring(0, end) + SCRIPT_TAG + "\n" + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void secure(Headers h) {
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", CSP);
        h.set("X-Frame-Options", "SAMEORIGIN");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Cache-Control", "no-store");
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        String name = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1)
                : h.contains(":") ? h.substring(0, h.indexOf(':')) : h;
        return LOOPBACK_NAMES.contains(name);
    }

    private static void text(HttpExchange exchange, int status, String message)
            throws IOException {
        send(exchange, status, ContentTypes.of(".txt"),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

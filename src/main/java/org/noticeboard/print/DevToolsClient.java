package org.noticeboard.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal client of the Chrome DevTools protocol over the JDK's WebSocket: sends commands,
 * matches answers by id, and lets a caller wait for one event of one page. Enough to print;
 * it does not pin a browser version, as the few commands used are stable across releases.
 */
final class DevToolsClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    /** "sessionId method" → the caller waiting for that event. */
    private final Map<String, CompletableFuture<JsonNode>> events = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private WebSocket socket;

    static DevToolsClient connect(URI endpoint, Duration timeout) throws IOException {
        DevToolsClient client = new DevToolsClient();
        try {
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(timeout).buildAsync(endpoint, client)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot reach the browser at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to the browser", e);
        }
        return client;
    }

    /** Sends {@code method} to the page {@code session} (null: the browser) and waits. */
    JsonNode call(String session, String method, Map<String, Object> params, Duration timeout)
            throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        synchronized (this) {
            // the JDK's WebSocket takes one message at a time
            socket.sendText(message.toString(), true).join();
        }
        JsonNode reply = await(answer, timeout, method);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error").path("message")
                    .asText());
        }
        return reply.path("result");
    }

    /** A future completed by the next {@code method} event of {@code session}. */
    CompletableFuture<JsonNode> expect(String session, String method) {
        CompletableFuture<JsonNode> event = new CompletableFuture<>();
        events.put(session + " " + method, event);
        return event;
    }

    JsonNode await(CompletableFuture<JsonNode> future, Duration timeout, String what)
            throws IOException {
        try {
            return CompletableFuture.anyOf(future, closed).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS) instanceof JsonNode node ? node
                    : fail("the browser closed the connection during " + what);
        } catch (TimeoutException e) {
            throw new IOException("Chromium did not answer " + what + " within "
                    + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException("the browser connection failed during " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium was printing", e);
        }
    }

    private static JsonNode fail(String message) throws IOException {
        throw new IOException(message);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            deliver(text);
        }
        ws.request(1);
        return null;
    }

    private void deliver(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = answers.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else if (message.has("method")) {
                CompletableFuture<JsonNode> event = events.remove(
                        message.path("sessionId").asText() + " " + message.get("method").asText());
                if (event != null) {
                    event.complete(message.path("params"));
                }
            }
        } catch (IOException e) {
            closed.complete(null); // a browser that speaks garbage is as good as gone
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
        closed.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closed.complete(null);
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        closed.complete(null);
    }
}

package org.noticeboard.serve;

import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the preview server may spend, so that slow or idle sockets cannot grow it without end
 * (3,000 slow sockets used to make 3,022 threads and 616 MB).
 *
 * <p>Requests run on {@link #REQUEST_THREADS} threads; more requests wait in a queue, which the
 * connection limit bounds. Reload event streams live for as long as a tab is open, so they get
 * threads of their own, at most {@link #EVENT_STREAMS}: the next tab is answered 503 and its
 * script tries again later, and no number of tabs can take the threads pages are served on.
 *
 * <p>The JDK's HTTP server has no API for timeouts or a connection limit, only system properties
 * that it reads once, when its first server is created: {@link #applyToJdkServer()} sets them
 * before that. A value the user set with {@code -D} is kept.
 */
final class ServerLimits {

    static final int REQUEST_THREADS = 16;
    static final int EVENT_STREAMS = 64;
    /** Seconds from a request's first byte to its last header (and body): slow-loris bound. */
    static final int REQUEST_SECONDS = 10;
    /** Seconds a kept-alive connection may wait for its next request. */
    static final int IDLE_SECONDS = 30;
    /** Open connections of every kind; the next is closed at once until one ends. */
    static final int CONNECTIONS = 256;
    static final int IDLE_CONNECTIONS = 64;

    static final String BUSY = "too many preview tabs are listening for reloads; "
            + "this one will try again shortly";

    private static final Map<String, String> JDK_SERVER = Map.of(
            "sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS),
            "sun.net.httpserver.idleInterval", String.valueOf(IDLE_SECONDS),
            // how often idle and header timeouts are checked: every second, not every ten
            "sun.net.httpserver.clockTick", "1000",
            "sun.net.httpserver.maxIdleConnections", String.valueOf(IDLE_CONNECTIONS),
            "jdk.httpserver.maxConnections", String.valueOf(CONNECTIONS));
    // No sun.net.httpserver.maxRspTime: an event stream is one response that lasts as long as
    // its tab, and the limit would cut every stream (and reload every tab) when it ran out.

    private ServerLimits() {}

    static void applyToJdkServer() {
        JDK_SERVER.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    static ThreadPoolExecutor requestThreads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS,
                30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons("noticeboard-preview"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** No queue: a stream that finds every thread busy is refused at once. */
    static ThreadPoolExecutor eventThreads() {
        return new ThreadPoolExecutor(0, EVENT_STREAMS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemons("noticeboard-reload-events"));
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

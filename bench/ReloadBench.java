import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures the preview's reload time as an editor feels it: from saving one file to the
 * reloaded page being served. Starts {@code noticeboard serve} on a free port, listens to its
 * reload events, then N times: change the item's title, save, wait for the "reload" event, GET
 * the page and check it shows the new title.
 *
 * <p>The first WARM-UP saves (default 5) are not counted: the server's JIT is still compiling
 * then. Besides wall times it prints the server's CPU time per save (from /proc), which other
 * jobs on a shared machine disturb less.
 *
 * <p>Run by bench/reload.sh: {@code java bench/ReloadBench.java JAR CONTENT ITEM N [WARM-UP]}
 */
public class ReloadBench {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path content = Path.of(args[1]);
        String item = args[2];
        int rounds = Integer.parseInt(args[3]);
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        Process server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port",
                "0", "--source", content.toString(), "--theme", "themes/default",
                "--now", "2026-11-29").redirectErrorStream(true).start();
        try {
            long started = System.nanoTime();
            URI base = address(server);
            System.out.printf(Locale.ROOT, "server ready in %d ms at %s%n",
                    (System.nanoTime() - started) / 1_000_000, base);
            run(base, content.resolve(item + ".md"), item + ".html", warmUp, rounds,
                    server.pid());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static URI address(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("preview: ")) {
                String url = line.substring("preview: ".length()).split("\\s+")[0];
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return URI.create(url);
            }
        }
        throw new IOException("the server stopped before it was ready");
    }

    private static void run(URI base, Path file, String page, int warmUp, int rounds, long pid)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(base.resolve("/_noticeboard/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                .filter(l -> l.startsWith("event: reload")).forEach(events::add));
        Thread.sleep(500);
        String original = Files.readString(file);
        List<Double> millis = new ArrayList<>();
        long cpuBefore = 0;
        try {
            for (int i = 0; i < warmUp + rounds; i++) {
                if (i == warmUp) {
                    millis.clear();
                    cpuBefore = cpuMillis(pid);
                }
                String marker = "基准" + i;
                String changed = original.replaceFirst("(?m)^title: (.*)$", "title: $1" + marker);
                events.clear();
                long t0 = System.nanoTime();
                Files.writeString(file, changed);
                while (true) {
                    if (events.poll(30, TimeUnit.SECONDS) == null) {
                        throw new IllegalStateException("no reload event within 30 s");
                    }
                    String body = http.send(HttpRequest.newBuilder(base.resolve("/" + page))
                            .build(), HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains(marker)) {
                        break;
                    }
                }
                millis.add((System.nanoTime() - t0) / 1e6);
                Thread.sleep(150);
            }
        } finally {
            Files.writeString(file, original);
        }
        long cpu = cpuMillis(pid) - cpuBefore;
        report(millis);
        System.out.printf(Locale.ROOT, "server CPU time per save: %.0f ms (user + system, "
                + "includes the 150 ms pauses between saves)%n", (double) cpu / rounds);
    }

    /** The process's user + system CPU time so far, from /proc (Linux); 0 elsewhere. */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void report(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT,
                "save -> reload event -> new page: %d rounds, median %.0f ms, p90 %.0f ms, "
                        + "min %.0f ms, max %.0f ms (includes the 50 ms debounce)%n",
                sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}

package org.noticeboard.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.build.SessionUpdate;
import org.noticeboard.diag.Message;
import org.noticeboard.serve.PreviewServer;
import org.noticeboard.serve.SourceWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code noticeboard serve}: a live preview that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site in a browser; it rebuilds and reloads on every save. "
                + "Writes nothing to the site folder.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8000",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
    String bind;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, as for build")
    String baseUrl;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        InetAddress address;
        try {
            reporter = reporter.in(common.siteLanguage());
            if (port < 0 || port > 65535) {
                throw new CommonOptions.UsageException(Message.of("cli-port", "value", port));
            }
            address = InetAddress.getByName(bind);
            BuildOptions options = new BuildOptions(common.source, Path.of("site"),
                    common.theme(), CommonOptions.baseUrl(baseUrl), common.clock(), false);
            BuildSession session = new BuildSession(options);
            if (!address.isLoopbackAddress()) {
                reporter.error(Message.of("cli-bind-open", "address", bind));
            }
            PreviewServer server = PreviewServer.start(session,
                    new InetSocketAddress(address, port));
            Reporter speaking = reporter;
            report(speaking, server.lastUpdate());
            SourceWatcher watcher = new SourceWatcher(session.inputs(), 50,
                    paths -> report(speaking, server.update(paths)));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    watcher.close();
                } catch (IOException e) {
                    // Stopping anyway.
                }
                stopped.countDown();
            }));
            reporter.info(Message.of("cli-preview", "address", server.address()));
            stopped.await();
            return ExitCodes.OK;
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        } catch (UnknownHostException e) {
            reporter.error(Message.of("cli-bind-unknown", "address", bind));
            return ExitCodes.USAGE;
        } catch (java.net.BindException e) {
            reporter.error(Message.of("cli-cannot-listen", "address", bind, "port", port,
                    "problem", e.getMessage(), "next", port + 1));
            return ExitCodes.USAGE;
        }
    }

    private static void report(Reporter reporter, SessionUpdate update) {
        reporter.diagnostics(update.diagnostics());
        if (!update.ok()) {
            reporter.error(Message.of("cli-preview-errors"));
        } else {
            reporter.info(Message.of("cli-preview-built", "ms", update.millis(),
                    "files", update.changed().size()));
        }
    }
}

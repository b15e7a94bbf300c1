package org.noticeboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Message;
import org.noticeboard.print.ChromiumSession;
import org.noticeboard.print.PdfPrinter;
import org.noticeboard.publish.OutputFolder;
import org.noticeboard.publish.OutputRefusedException;
import org.noticeboard.publish.SiteMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code noticeboard print}: builds the site, then prints its print pages (posters, the week's
 * board, consultation cards) to PDF files beside them with headless Chromium.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Build the site, then write PDFs of its posters, week's boards and "
                + "consultation cards (needs Chromium).")
final class PrintCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    PublishOptions publish;

    @Option(names = "--board", paramLabel = "SLUG",
            description = "Only this board's pages (e.g. street)")
    String board;

    @Option(names = "--week", description = "Only the week's change sheets and the sheets to "
            + "put up, not every poster and card")
    boolean week;

    @Option(names = "--all", description = "Only the full boards (every item now posted), for "
            + "a board put up from scratch")
    boolean all;

    @Option(names = "--since", paramLabel = "DATE", description = "The change sheets cover "
            + "every posting week from this day's on (weeks not printed), e.g. 2026-11-30")
    String since;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        try {
            reporter = reporter.in(common.siteLanguage());
            Optional<PdfPrinter> printer = PdfPrinter.find();
            Optional<BuildResult> built = publish.publish(common, true, firstUnprinted());
            if (built.isEmpty()) {
                reporter.error(publish.busy());
                return ExitCodes.ENVIRONMENT;
            }
            BuildResult result = built.get();
            reporter.diagnostics(result.diagnostics());
            if (result.hasErrors()) {
                reporter.error(Message.of("cli-print-nothing", "output", publish.output));
                return ExitCodes.CONTENT_ERRORS;
            }
            if (board != null && result.site().flatMap(s -> s.config().board(board)).isEmpty()) {
                throw new CommonOptions.UsageException(Message.of("cli-print-board",
                        "board", board));
            }
            if (result.site().map(s -> !s.config().hasBaseUrl()).orElse(true)) {
                reporter.info(Message.of("cli-print-no-qr"));
            }
            if (printer.isEmpty()) {
                reporter.error(Message.of(PdfPrinter.INSTALL_HINT));
                return ExitCodes.ENVIRONMENT;
            }
            return print(printer.get(), pages(), reporter);
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        } catch (OutputRefusedException e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private List<Path> pages() throws IOException {
        Path root = OutputFolder.target(publish.output).resolve("print");
        Path from = board == null ? root : root.resolve(board);
        try (Stream<Path> walk = Files.walk(from)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(this::chosen)
                    .sorted().toList();
        }
    }

    private Optional<LocalDate> firstUnprinted() {
        if (since == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(since));
        } catch (DateTimeParseException e) {
            throw new CommonOptions.UsageException(Message.of("cli-since", "value", since));
        }
    }

    /** {@code --week}: the change sheets; {@code --all}: the full boards; else every page. */
    private boolean chosen(Path html) {
        String name = html.getFileName().toString();
        if (week || all) {
            return week && name.equals("week.html") || all && name.equals("board.html");
        }
        return true;
    }

    /** The PDFs are the tool's files too: the next build may replace them. */
    private void recordInMarker(List<Path> pages, Reporter reporter) {
        Path site = OutputFolder.target(publish.output);
        List<String> pdfs = pages.stream()
                .map(html -> html.resolveSibling(html.getFileName().toString()
                        .replaceFirst("\\.html$", ".pdf")))
                .filter(Files::isRegularFile)
                .map(pdf -> OutputFolder.target(publish.output).relativize(
                        pdf.toAbsolutePath().normalize()).toString().replace('\\', '/'))
                .toList();
        try {
            SiteMarker.record(site, pdfs);
        } catch (IOException e) {
            reporter.error(Message.of("cli-print-marker", "file", site.resolve(SiteMarker.NAME),
                    "problem", e.getMessage()));
        }
    }

    private int print(PdfPrinter printer, List<Path> pages, Reporter reporter) {
        long started = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Path site = OutputFolder.target(publish.output);
        try (ChromiumSession browser = printer.session()) {
            // two tabs at a time: layout is the slow part, and most machines have few cores
            ForkJoinPool pool = new ForkJoinPool(2);
            pool.submit(() -> pages.parallelStream().forEach(html -> {
                Path pdf = html.resolveSibling(html.getFileName().toString()
                        .replaceFirst("\\.html$", ".pdf"));
                try {
                    browser.print(html, pdf);
                    // a line per PDF: a job of forty PDFs takes a while, and says how far
                    reporter.info(String.format(Locale.ROOT, "[%d/%d] %s",
                            done.incrementAndGet(), pages.size(), site.relativize(
                                    pdf.toAbsolutePath().normalize()).toString()
                                    .replace('\\', '/')));
                } catch (IOException e) {
                    failed.incrementAndGet();
                    done.incrementAndGet();
                    reporter.error(Message.of("cli-print-failed", "file", html,
                            "problem", EnvironmentFailure.describe(e)));
                }
            })).join();
            pool.shutdown();
        } catch (IOException e) {
            reporter.error(Message.of("cli-print-no-browser",
                    "problem", EnvironmentFailure.describe(e),
                    "install", reporter.text(Message.of(PdfPrinter.INSTALL_HINT))));
            return ExitCodes.ENVIRONMENT;
        }
        recordInMarker(pages, reporter);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        if (failed.get() > 0) {
            reporter.error(Message.of("cli-print-some-failed", "failed", failed.get(),
                    "total", pages.size(), "seconds", seconds));
            return ExitCodes.ENVIRONMENT; // the pages were built; the browser failed
        }
        reporter.info(Message.of("cli-printed", "count", pages.size(),
                "output", publish.output.resolve("print"), "seconds", seconds));
        return ExitCodes.OK;
    }
}

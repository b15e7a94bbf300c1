package org.noticeboard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.publish.BuildLock;
import org.noticeboard.publish.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code noticeboard build}: validate everything, then write the site atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the website into the output folder (only if the content has no errors).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "site",
            description = "Output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, for feeds, QR codes and canonical links")
    String baseUrl;

    @Option(names = "--quiet", description = "Print only problems")
    boolean quiet;

    @Option(names = "--no-history", description = "Do not read item change histories from git; "
            + "pages show the published and updated dates")
    boolean noHistory;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err);
        try {
            if (baseUrl != null && !baseUrl.matches("https?://\\S+")) {
                throw new CommonOptions.UsageException(
                        "--base-url must start with http:// or https://");
            }
            var options = new BuildOptions(common.source, output, common.theme(),
                    Optional.ofNullable(baseUrl).map(u -> u.endsWith("/") ? u : u + "/"),
                    common.clock(), true, !noHistory);
            var refusal = OutputFolder.refusal(output, common.source, common.theme());
            if (refusal.isPresent()) {
                throw new CommonOptions.UsageException(refusal.get()
                        + "; choose a new folder for the site, e.g. --output site");
            }
            long started = System.nanoTime();
            Optional<BuildLock> lock = BuildLock.tryAcquire(output);
            if (lock.isEmpty()) {
                reporter.error("another build is writing " + output + "; wait for it to finish");
                return ExitCodes.CONTENT_ERRORS;
            }
            try (BuildLock held = lock.get()) {
                BuildResult result = new Build().run(options);
                reporter.diagnostics(result.diagnostics());
                if (result.hasErrors()) {
                    reporter.error("nothing was published; " + output + " is unchanged");
                    return ExitCodes.CONTENT_ERRORS;
                }
                if (!quiet) {
                    reporter.info(String.format(java.util.Locale.ROOT,
                            "built %d files into %s in %d ms", result.files(), output,
                            (System.nanoTime() - started) / 1_000_000));
                }
                return ExitCodes.OK;
            }
        } catch (CommonOptions.UsageException e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            reporter.error("cannot write the site: " + e.getMessage()
                    + "; the previous site is unchanged");
            return ExitCodes.CONTENT_ERRORS;
        }
    }
}

package org.noticeboard.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Message;
import org.noticeboard.publish.OutputRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code noticeboard build}: validate everything, then write the site atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the website into the output folder (only if the content has no errors).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    PublishOptions publish;

    @Option(names = "--quiet", description = "Print only problems")
    boolean quiet;

    @Option(names = "--no-history", description = "Do not read item change histories from git; "
            + "pages show the published and updated dates")
    boolean noHistory;

    @Option(names = "--timings", description = "Print how long each stage of the build took")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        try {
            reporter = reporter.in(common.siteLanguage());
            long started = System.nanoTime();
            Optional<BuildResult> built = publish.publish(common, !noHistory);
            if (built.isEmpty()) {
                reporter.error(publish.busy());
                return ExitCodes.ENVIRONMENT;
            }
            BuildResult result = built.get();
            reporter.diagnostics(result.diagnostics());
            if (timings) {
                reporter.info("stages: " + result.times());
            }
            if (result.hasErrors()) {
                reporter.error(Message.of("cli-nothing-published", "output", publish.output));
                return ExitCodes.CONTENT_ERRORS;
            }
            if (!quiet) {
                reporter.info(Message.of("cli-built", "files", result.files(),
                        "output", publish.output,
                        "ms", (System.nanoTime() - started) / 1_000_000));
            }
            return ExitCodes.OK;
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        } catch (OutputRefusedException e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            reporter.error(Message.of("cli-cannot-write", "problem",
                    EnvironmentFailure.describe(e)));
            return ExitCodes.ENVIRONMENT;
        }
    }
}

package org.noticeboard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code noticeboard check}: report every problem at once, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check all content without writing anything; report every problem at once.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--strict", description = "Treat warnings as errors")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        try {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommonOptions.UsageException(Message.of("cli-format", "value", format));
            }
            reporter = reporter.in(common.siteLanguage());
            var options = new BuildOptions(common.source, Path.of("site"), common.theme(),
                    Optional.empty(), common.clock(), false);
            BuildResult result = new Build().run(options);
            if (format.equals("json")) {
                System.out.print(reporter.formatter().json(result.diagnostics()));
            } else {
                reporter.diagnostics(result.diagnostics());
                if (result.diagnostics().isEmpty()) {
                    reporter.info(Message.of("cli-no-problems"));
                }
            }
            boolean failed = result.hasErrors()
                    || strict && result.diagnostics().stream().anyMatch(d -> !d.isError());
            return failed ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        }
    }

}

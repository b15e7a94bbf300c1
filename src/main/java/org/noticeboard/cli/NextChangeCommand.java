package org.noticeboard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Message;
import org.noticeboard.schedule.Change;
import org.noticeboard.schedule.ChangeSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code noticeboard next-change}: when a rebuild would next change a page by itself, so a
 * scheduled job can rebuild exactly then. Prints {@code <ISO time>\t<reason>} lines.
 */
@Command(name = "next-change", mixinStandardHelpOptions = true,
        description = "Print the next moment at which a rebuild would change some page "
                + "(a publish date, an expiry, a posting period, a reception…).")
final class NextChangeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--all", description = "List every upcoming change, not only the next")
    boolean all;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        try {
            reporter = reporter.in(common.siteLanguage());
            ZonedDateTime now = common.clock();
            BuildResult result = new Build().run(new BuildOptions(common.source, Path.of("site"),
                    common.theme(), Optional.empty(), now, false));
            if (result.hasErrors() || result.site().isEmpty()) {
                reporter.diagnostics(result.diagnostics());
                return ExitCodes.CONTENT_ERRORS;
            }
            List<Change> changes = new ChangeSchedule().upcoming(result.site().get());
            if (changes.isEmpty()) {
                reporter.error(Message.of("cli-no-next-change", "date", now.toLocalDate()));
                return ExitCodes.OK;
            }
            for (Change c : changes) {
                if (!all && !c.date().equals(changes.get(0).date())) {
                    break;
                }
                System.out.println(c.date().atStartOfDay(now.getZone()).toOffsetDateTime()
                        + "\t" + c.describe());
            }
            return ExitCodes.OK;
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        }
    }
}

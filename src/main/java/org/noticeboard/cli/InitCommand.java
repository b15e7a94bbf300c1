package org.noticeboard.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Message;
import org.noticeboard.scaffold.NewSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noticeboard init DIR}: a new site for an office, in a folder of its own. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new site in an empty folder, e.g.%n"
                + "  noticeboard init qingshi --name 青石街道办事处 --hotline 010-65212345%n"
                + "Details not given are written as placeholders (待填写): until they are "
                + "filled in, check lists them and every page says the site is a sample.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A new or empty folder")
    Path folder;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The office, e.g. 青石街道办事处 (the site's title is made from it)")
    String name;

    @Option(names = "--hotline", paramLabel = "PHONE",
            description = "Supervision hotline (监督举报电话), e.g. 010-65212345")
    String hotline;

    @Option(names = "--address", paramLabel = "TEXT", description = "The office's address")
    String address;

    @Option(names = "--office-hours", paramLabel = "TEXT",
            description = "Office hours, e.g. \"周一至周五 8:30-17:30\"")
    String officeHours;

    @Option(names = "--deploy", paramLabel = "WHERE", defaultValue = "none",
            description = "Deploy recipe: github, gitlab, rsync or none (default: ${DEFAULT-VALUE})")
    String deploy;

    @Option(names = "--now", paramLabel = "DATE",
            description = "Date the example items are published (default: today)")
    String now;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err,
                Language.of(java.util.Locale.getDefault()));
        try {
            NewSite.Deploy where = deploy();
            CommonOptions dates = new CommonOptions();
            dates.now = now;
            dates.timezone = "Asia/Shanghai";
            List<Path> written = new NewSite().create(folder, new NewSite.Office(
                    text(name), text(hotline), text(address), text(officeHours)), where,
                    dates.clock().toLocalDate());
            for (Path file : written) {
                reporter.info(Message.of("cli-init-created", "file",
                        folder.relativize(file).toString().replace('\\', '/')));
            }
            reporter.info(Message.of("cli-init-next", "folder", folder));
            reporter.info(Message.of("cli-init-then"));
            return ExitCodes.OK;
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        } catch (NewSite.Refused e) {
            reporter.error(e.said());
            return ExitCodes.USAGE;
        }
    }

    private NewSite.Deploy deploy() {
        try {
            return NewSite.Deploy.valueOf(deploy.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommonOptions.UsageException(Message.of("cli-init-deploy", "value", deploy));
        }
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}

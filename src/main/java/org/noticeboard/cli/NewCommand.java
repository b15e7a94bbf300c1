package org.noticeboard.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.scaffold.NewItem;
import org.noticeboard.schema.Placeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noticeboard new TYPE "TITLE"}: a new item from its type's template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new item from its type's template, e.g.%n"
                + "  noticeboard new notice \"关于12月停水的通知\" --board street")
final class NewCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "TYPE",
            description = "policy, procedure, commitment, responsibility, supervision, notice, "
                    + "reception or page")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes")
    String title;

    @Option(names = {"-b", "--board"}, paramLabel = "BOARD",
            description = "The board (a slug from site.yaml); needed when there are several")
    String board;

    @Option(names = "--slug", paramLabel = "NAME",
            description = "File name without .md (default: the title in pinyin)")
    String slug;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        try {
            reporter = reporter.in(common.siteLanguage());
            ContentType kind = ContentType.fromId(type).orElseThrow(() ->
                    new CommonOptions.UsageException(Message.of("cli-new-type", "type", type,
                            "known", String.join(", ", Arrays.stream(ContentType.values())
                                    .map(ContentType::id).toList()))));
            Diagnostics diagnostics = new Diagnostics();
            Optional<SiteConfig> config = new ConfigLoader().load(common.source,
                    common.source.toString(), diagnostics);
            if (config.isEmpty()) {
                reporter.diagnostics(diagnostics.sorted());
                return ExitCodes.CONTENT_ERRORS;
            }
            String chosen = board != null ? board : onlyBoard(config.get());
            var created = new NewItem().create(common.source, config.get(), kind, chosen, title,
                    common.clock().toLocalDate(), Optional.ofNullable(slug));
            reporter.info(Message.of("cli-new-created", "file", created.file(),
                    "id", created.id()));
            reporter.info(Message.of("cli-new-next", "mark", Placeholders.MARK));
            return ExitCodes.OK;
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        } catch (NewItem.Refused e) {
            reporter.error(e.said());
            return ExitCodes.USAGE;
        }
    }

    private static String onlyBoard(SiteConfig config) {
        if (config.boards().size() == 1) {
            return config.boards().get(0).slug();
        }
        throw new CommonOptions.UsageException(Message.of("cli-new-board", "known",
                String.join(", ", config.boards().stream().map(Board::slug).toList())));
    }
}

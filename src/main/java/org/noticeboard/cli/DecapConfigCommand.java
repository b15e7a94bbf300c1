package org.noticeboard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.scaffold.AdminPage;
import org.noticeboard.scaffold.DecapConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code noticeboard decap-config}: web forms for the content types, via Decap CMS. */
@Command(name = "decap-config", mixinStandardHelpOptions = true,
        description = "Write admin/config.yml and admin/index.html for Decap CMS: web forms for "
                + "every board and content type, with review by pull request.")
final class DecapConfigCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "admin",
            description = "Folder to write (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "github",
            description = "github, gitlab or git-gateway (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(names = "--repo", paramLabel = "OWNER/NAME", defaultValue = "your-org/noticeboard",
            description = "The repository (default: ${DEFAULT-VALUE})")
    String repo;

    @Option(names = "--branch", paramLabel = "BRANCH", defaultValue = "main",
            description = "The published branch (default: ${DEFAULT-VALUE})")
    String branch;

    @Override
    public Integer call() throws IOException {
        Reporter reporter = new Reporter(System.out, System.err, common.language());
        try {
            reporter = reporter.in(common.siteLanguage());
        } catch (CommonOptions.UsageException e) {
            reporter.error(e);
            return ExitCodes.USAGE;
        }
        if (!backend.matches("github|gitlab|git-gateway") || !repo.matches("[\\w.-]+/[\\w./-]+")) {
            reporter.error(Message.of("cli-decap-usage"));
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = new ConfigLoader().load(common.source,
                common.source.toString(), diagnostics);
        if (config.isEmpty()) {
            reporter.diagnostics(diagnostics.sorted());
            return ExitCodes.CONTENT_ERRORS;
        }
        Files.createDirectories(output);
        Files.writeString(output.resolve("config.yml"), new DecapConfig().render(config.get(),
                new DecapConfig.Backend(backend, repo, branch)), StandardCharsets.UTF_8);
        Files.writeString(output.resolve("index.html"), AdminPage.html(), StandardCharsets.UTF_8);
        reporter.info(Message.of("cli-decap-wrote", "config", output.resolve("config.yml"),
                "page", output.resolve("index.html")));
        return ExitCodes.OK;
    }
}

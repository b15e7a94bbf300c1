package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.noticeboard.assemble.SiteAssembler;
import org.noticeboard.check.LinkCheck;
import org.noticeboard.check.LinkChecker;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.config.HolidayLoader;
import org.noticeboard.datapages.DataSetLoader;
import org.noticeboard.datapages.DataSets;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.history.GitHistoryReader;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.parallel.Slices;
import org.noticeboard.parse.ContentParser;
import org.noticeboard.publish.OutputFolder;
import org.noticeboard.publish.PublishRecovery;
import org.noticeboard.publish.SitePublisher;
import org.noticeboard.publish.Staging;
import org.noticeboard.render.OutputSink;
import org.noticeboard.render.RenderCache;
import org.noticeboard.render.SiteRenderer;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.render.Theme;
import org.noticeboard.render.ThemeAssets;
import org.noticeboard.render.ThemeLoader;
import org.noticeboard.rules.ContentRules;
import org.noticeboard.source.ContentReader;
import org.noticeboard.validate.FileValidator;

/**
 * One build, stage by stage: config → source → parse → validate → assemble → rules → (history) →
 * render →
 * check → publish. Each stage reports into the same diagnostics; the build stops before
 * rendering if the content has errors and publishes nothing unless every stage succeeded.
 */
public final class Build {

    private final MarkdownEngine markdown = new MarkdownEngine();

    public BuildResult run(BuildOptions options) throws IOException {
        StageTimes times = new StageTimes();
        String root = displayName(options.source());
        Diagnostics diagnostics = new Diagnostics(new FileLines(options.source(), root));
        if (options.publish() && !outputIsSafe(options, diagnostics)) {
            return new BuildResult(diagnostics.sorted(), Optional.empty(), 0, false, times);
        }
        var config = new ConfigLoader().load(options.source(), root, diagnostics)
                .map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        if (config.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), Optional.empty(), 0, false, times);
        }
        times.lap("config");
        var calendar = new HolidayLoader().load(options.source(), root,
                config.get().holidaysFile(), diagnostics);
        Site site = site(options, root, config.get(), calendar, diagnostics, times);
        DataSets data = new DataSetLoader().load(options.source(), root, diagnostics);
        times.lap("data");
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), Optional.of(site), 0, false, times);
        }
        var theme = new ThemeLoader().load(options.theme(), diagnostics);
        if (theme.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), Optional.of(site), 0, false, times);
        }
        ChangeHistory history = options.history()
                ? new GitHistoryReader().read(options.source(), diagnostics)
                : ChangeHistory.none();
        times.lap("theme and history");
        return renderAndPublish(options, site, data, theme.get(), history, diagnostics, times);
    }

    /**
     * Renders every page straight into the staging folder (or nowhere, for {@code check}) while
     * the link check reads it, then publishes if nothing was wrong: the site's pages are never
     * all in memory at once.
     */
    private BuildResult renderAndPublish(BuildOptions options, Site site, DataSets data,
            Theme theme, ChangeHistory history, Diagnostics diagnostics, StageTimes times)
            throws IOException {
        LinkCheck links = new LinkChecker().start(staticPaths(theme));
        AtomicInteger written = new AtomicInteger();
        try (Staging staging = options.publish()
                ? new SitePublisher().begin(options.output()) : null) {
            OutputSink out = file -> {
                links.accept(file);
                if (staging != null) {
                    staging.accept(file);
                }
                written.incrementAndGet();
            };
            try {
                new SiteRenderer(theme, new TemplateEngine(theme), markdown,
                        OutputGroups.all(data))
                        .render(site, history, diagnostics, path -> true, RenderCache.oneBuild(),
                                out);
            } catch (TemplateEngine.TemplateException e) {
                diagnostics.error(new Position(e.file(), e.line(), 0), "", "template error: "
                        + e.getMessage(), "fix the theme's template");
                return new BuildResult(diagnostics.sorted(), Optional.of(site), 0, false, times);
            }
            times.lap("render, check and write");
            links.report(diagnostics);
            if (diagnostics.hasErrors() || staging == null) {
                return new BuildResult(diagnostics.sorted(), Optional.of(site), written.get(),
                        false, times);
            }
            staging.commit(theme.staticFiles());
            times.lap("publish");
            return new BuildResult(diagnostics.sorted(), Optional.of(site), written.get(), true,
                    times);
        }
    }

    /**
     * Refuses an output folder that would swallow the content or the theme, and restores the
     * previous site if an earlier build was killed halfway through publishing it.
     */
    private static boolean outputIsSafe(BuildOptions options, Diagnostics diagnostics)
            throws IOException {
        var refusal = OutputFolder.refusal(options.output(), options.source(), options.theme());
        if (refusal.isPresent()) {
            diagnostics.error(Position.of(""), "", refusal.get(),
                    "choose a new folder for the site, e.g. --output site");
            return false;
        }
        new PublishRecovery(options.output()).recover();
        return true;
    }

    /**
     * Reads, parses, validates and assembles the content, and checks the content rules. The
     * parsed files (with their Markdown
     * trees) are garbage once the site is assembled; keeping them out of {@link #run}'s frame
     * lets the collector free them before rendering.
     */
    private Site site(BuildOptions options, String root, SiteConfig config,
            WorkingCalendar calendar, Diagnostics diagnostics, StageTimes times) {
        var sources = new ContentReader().read(options.source(), root, diagnostics);
        times.lap("source");
        ContentParser parser = new ContentParser(markdown, !"sanitize".equals(config.rawHtml()));
        FileValidator validator = new FileValidator(config);
        var validated = Slices.map(sources, s -> parser.parse(s, diagnostics)
                        .flatMap(p -> validator.validate(p, diagnostics)))
                .stream().flatMap(Optional::stream).toList();
        times.lap("parse and validate");
        Site site = new SiteAssembler().assemble(config, calendar, validated,
                options.now().toLocalDate(), options.now(), diagnostics);
        times.lap("assemble");
        new ContentRules().check(site, validated, root, diagnostics);
        times.lap("rules");
        return site;
    }

    private static Set<String> staticPaths(Theme theme) throws IOException {
        return ThemeAssets.of(theme).keySet();
    }

    /** Paths in messages start at the content folder as the editor knows it: content/… */
    static String displayName(Path source) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = source.toAbsolutePath().normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString()
                : String.valueOf(abs.getFileName());
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }
}

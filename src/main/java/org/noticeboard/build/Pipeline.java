package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.noticeboard.addresses.AddressLoader;
import org.noticeboard.addresses.AddressRules;
import org.noticeboard.addresses.Addresses;
import org.noticeboard.addresses.ItemAddresses;
import org.noticeboard.assemble.AssemblyMemory;
import org.noticeboard.assemble.SiteAssembler;
import org.noticeboard.attachments.AttachmentFinder;
import org.noticeboard.attachments.AttachmentRules;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.config.HolidayLoader;
import org.noticeboard.datapages.DataSetLoader;
import org.noticeboard.datapages.DataSets;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Severity;
import org.noticeboard.history.GitHistoryReader;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.Item;
import org.noticeboard.model.RawHtml;
import org.noticeboard.model.SampleSite;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.render.Pages;
import org.noticeboard.render.RenderCache;
import org.noticeboard.render.SiteRenderer;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.rules.ContentRules;
import org.noticeboard.rules.RuleMemory;

/**
 * The one pipeline every command runs: config → source → parse → validate → assemble → rules →
 * theme and history → render → check → publish. Each stage reports into the run's diagnostics;
 * a run stops before rendering when the content has errors, and publishes only when nothing is
 * wrong.
 *
 * <p>A pipeline remembers what its last run computed (its memo: each file's parse and
 * validation, the config, the theme, the history, the last site's items and their rendered
 * pieces), so a run after an edit redoes only what the edit touched. {@code build} and
 * {@code check} run a new pipeline once; {@code serve} keeps one and runs it after every save.
 * What differs between them is only the {@link Sink} the site goes to.
 */
final class Pipeline {

    private final BuildOptions options;
    private final Path source;
    private final Path theme;
    private final String display;
    private final boolean keep;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final SessionSources sources;

    // the memo: what the last run computed
    private boolean started;
    private Optional<SiteConfig> config = Optional.empty();
    private WorkingCalendar calendar = WorkingCalendar.EMPTY;
    private List<Diagnostic> configDiagnostics = List.of();
    private DataSets data;
    private List<Diagnostic> dataDiagnostics = List.of();
    private Addresses addresses = Addresses.NONE;
    private ChangeHistory history;
    private List<Diagnostic> historyDiagnostics = List.of();
    private SessionTheme themeState;
    private Map<String, Item> lastItems = Map.of();
    private boolean lastSample;
    private RenderCache cache;
    private final RuleMemory ruleMemory = new RuleMemory();
    private final AssemblyMemory assemblyMemory = new AssemblyMemory();
    private Map<Item, List<String>> referencesBefore = new IdentityHashMap<>();
    private Map<Item, List<String>> referencesNow = new IdentityHashMap<>();

    /**
     * @param keep whether the pipeline will run again (serve): a one-off run does not keep
     *     what only a next run would reuse
     */
    Pipeline(BuildOptions options, boolean keep) {
        this.options = options;
        this.source = options.source().toAbsolutePath().normalize();
        this.theme = options.theme().toAbsolutePath().normalize();
        this.display = Build.displayName(options.source());
        this.keep = keep;
        this.sources = new SessionSources(source, display, markdown);
    }

    /**
     * The content folder and the site's theme folder, if it has one (the built-in theme does
     * not change while the tool runs): what a watcher should watch.
     */
    List<Path> inputs() {
        return Files.isDirectory(theme) ? List.of(source, theme) : List.of(source);
    }

    /**
     * Runs the stages after the files at {@code changed} (files or folders of the content or
     * the theme, deleted ones too) have changed; the first run reads everything.
     */
    BuildResult run(Collection<Path> changed, Sink sink) throws IOException {
        long began = System.nanoTime();
        StageTimes times = new StageTimes();
        boolean everything = !started;
        boolean configChanged = !started;
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(theme)) {
                themeState = null;
                everything = true;
            } else if (abs.startsWith(source) && !isContent(abs)) {
                configChanged = true;
            }
        }
        if (configChanged) {
            loadConfig();
            everything = true;
        }
        times.lap("config");
        List<Diagnostic> all = new ArrayList<>(configDiagnostics);
        if (config.isEmpty()) {
            return finish(began, all, null, sink, times);
        }
        boolean escapeHtml = config.get().rawHtml() != RawHtml.SANITIZE;
        if (!started || sources.escapesHtml() != escapeHtml) {
            sources.readAll(escapeHtml);
            started = true;
        } else {
            for (Path p : changed) {
                Path abs = p.toAbsolutePath().normalize();
                if (abs.startsWith(source) && isContent(abs)) {
                    sources.refresh(abs);
                }
            }
        }
        times.lap("source and parse");
        sources.validate(config.get(), configChanged);
        times.lap("validate");
        all.addAll(sources.diagnostics());
        Diagnostics assembly = diagnostics();
        // files kept out by their own errors: what refers to them is not blamed again
        Set<String> inError = sources.idsInError();
        Site site = new SiteAssembler(assemblyMemory).assemble(config.get(), calendar,
                sources.validated(), inError, options.now().toLocalDate(), options.now(),
                assembly);
        times.lap("assemble");
        new ContentRules(ruleMemory).check(site, sources.validated(), inError, display,
                assembly);
        new AddressRules().check(addresses, site, display, assembly);
        new AttachmentRules().check(site, linkedFiles(), source, display, assembly);
        times.lap("rules");
        all.addAll(assembly.sorted());
        all.addAll(dataDiagnostics);
        // Content errors do not stop the run: the pages are still rendered and checked (never
        // published), so one run reports every problem, link errors included. Data files in
        // error do stop it: their pages cannot be made.
        if (hasErrors(dataDiagnostics)) {
            return finish(began, all, site, sink, times);
        }
        if (themeState == null) {
            themeState = SessionTheme.load(theme);
            everything = true;
        }
        all.addAll(themeState.diagnostics());
        if (themeState.theme().isEmpty()) {
            return finish(began, all, site, sink, times);
        }
        if (history == null) {
            Diagnostics d = diagnostics();
            history = options.history() ? new GitHistoryReader().read(source, d)
                    : ChangeHistory.none();
            historyDiagnostics = d.sorted();
        }
        all.addAll(historyDiagnostics);
        // the sample banner is on every page: removing the last example item changes them all
        boolean sample = SampleSite.isSample(site);
        everything |= sample != lastSample;
        lastSample = sample;
        cache = everything || cache == null ? (keep ? new RenderCache() : RenderCache.oneBuild())
                : cache.next();
        referencesBefore = referencesNow;
        referencesNow = new IdentityHashMap<>();
        List<Pages> groups = OutputGroups.all(data, addresses, options.printedSince());
        AffectedPages affected = everything ? AffectedPages.everything()
                : AffectedPages.between(lastItems, site.byId(), config.get(), groups,
                        this::references);
        times.lap("theme, history, affected pages");
        if (affected.nothing() && !hasErrors(all)) {
            lastItems = site.byId();
            return new BuildResult(sorted(all), Optional.of(site), 0, true, times, Set.of(),
                    System.nanoTime() - began);
        }
        sink.begin(themeState.assets());
        Diagnostics rendering = diagnostics();
        try {
            new SiteRenderer(themeState.theme().get(), themeState.engine().get(), markdown,
                    groups)
                    .timing((group, nanos) -> times.add("  " + group, nanos / 1_000_000))
                    .render(site, history, rendering, affected, cache, sink::accept);
        } catch (TemplateEngine.TemplateException e) {
            all.add(Diagnostic.of(e.file(), e.line(), 0, Severity.ERROR, "",
                    Message.of("template-error", "problem", e.getMessage())));
            return finish(began, all, site, sink, times);
        }
        times.lap("render");
        all.addAll(rendering.sorted());
        Diagnostics links = new Diagnostics();
        Set<String> excused = excused(inError, all);
        sink.check(affected, everything, path -> isExcused(path, excused), links);
        all.addAll(links.sorted());
        times.lap("check");
        if (hasErrors(all)) {
            return finish(began, all, site, sink, times);
        }
        Set<String> published = sink.publish();
        lastItems = site.byId();
        times.lap("publish");
        return new BuildResult(sorted(all), Optional.of(site), sink.rendered(), true, times,
                published, System.nanoTime() - began);
    }

    /**
     * The items whose pages' link errors would repeat what is reported at their Markdown: files
     * kept out by their own errors, and items with a body link the rules found wrong.
     */
    private Set<String> excused(Set<String> inError, List<Diagnostic> found) {
        Set<String> ids = new HashSet<>(inError);
        String prefix = display + "/";
        for (Diagnostic d : found) {
            if (d.isError() && d.field().equals("body") && d.file().startsWith(prefix)
                    && d.file().endsWith(".md")) {
                ids.add(d.file().substring(prefix.length(), d.file().length() - ".md".length()));
            }
        }
        return ids;
    }

    /**
     * Whether link errors on or to {@code path} repeat what is reported at a Markdown file: the
     * pages of {@code excused} items in every copy, and while there are such items, the print
     * bundles, which repeat their bodies at another depth.
     */
    private static boolean isExcused(String path, Set<String> excused) {
        if (excused.isEmpty()) {
            return false;
        }
        String id = ItemAddresses.itemOf(path);
        return id.isEmpty() ? ("/" + path).contains("/print/") : excused.contains(id);
    }

    /** A run that published nothing. */
    private static BuildResult finish(long began, List<Diagnostic> all, Site site, Sink sink,
            StageTimes times) {
        return new BuildResult(sorted(all), Optional.ofNullable(site), sink.rendered(), false,
                times, Set.of(), System.nanoTime() - began);
    }

    /**
     * What an item refers to, remembered by identity between runs (the assemble stage keeps
     * the same item for an unchanged file): an edit scans only the changed items' bodies.
     */
    private List<String> references(Item item) {
        List<String> refs = referencesNow.get(item);
        if (refs == null) {
            refs = referencesBefore.get(item);
            if (refs == null) {
                refs = AffectedPages.references(item);
            }
            referencesNow.put(item, refs);
        }
        return refs;
    }

    /** The files the bodies link to, for the warning about files nothing links to. */
    private Set<Path> linkedFiles() {
        Set<Path> linked = new HashSet<>();
        for (var file : sources.validated()) {
            linked.addAll(AttachmentFinder.targets(file.parsed().source(),
                    file.parsed().bodyFindings()));
        }
        return linked;
    }

    private void loadConfig() {
        Diagnostics d = diagnostics();
        config = new ConfigLoader().load(source, display, d)
                .map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        calendar = config.map(c -> new HolidayLoader().load(source, display, c.holidaysFile(), d))
                .orElse(WorkingCalendar.EMPTY);
        configDiagnostics = d.sorted();
        history = null;
        Diagnostics tables = diagnostics();
        data = new DataSetLoader().load(source, display, tables);
        addresses = new AddressLoader().load(source, display, tables);
        dataDiagnostics = tables.sorted();
    }

    /** site.yaml and data/ configure the site; everything else may be (or hold) an item. */
    private boolean isContent(Path abs) {
        String relative = source.relativize(abs).toString().replace('\\', '/');
        return !relative.equals(ConfigLoader.FILE) && !relative.equals("data")
                && !relative.startsWith("data/")
                && !config.map(c -> c.holidaysFile().equals(relative)).orElse(false);
    }

    private Diagnostics diagnostics() {
        return new Diagnostics(new FileLines(source, display));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> all) {
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }

    private static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

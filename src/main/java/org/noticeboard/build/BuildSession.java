package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.noticeboard.assemble.AssemblyMemory;
import org.noticeboard.assemble.SiteAssembler;
import org.noticeboard.check.LinkChecker;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.config.HolidayLoader;
import org.noticeboard.datapages.DataSetLoader;
import org.noticeboard.datapages.DataSets;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Severity;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.history.GitHistoryReader;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.RenderCache;
import org.noticeboard.render.SiteRenderer;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.rules.ContentRules;
import org.noticeboard.rules.RuleMemory;

/**
 * An incremental build: the same stages as {@link Build}, but kept alive between builds. Each
 * file's source, parse and validate results are remembered; after an edit only the changed files
 * are read again, the site model is assembled anew (cheap), only the pages the edit can affect
 * are rendered, and only files whose bytes differ are reported as changed. The output lives in
 * memory; a build with errors leaves the last good output in place.
 *
 * <p>Used by the preview server, and by tests and benchmarks without any HTTP.
 */
public final class BuildSession {

    private final BuildOptions options;
    private final Path source;
    private final Path theme;
    private final String display;
    private final MarkdownEngine markdown = new MarkdownEngine();
    private final SessionSources sources;

    private Optional<SiteConfig> config = Optional.empty();
    private WorkingCalendar calendar = WorkingCalendar.EMPTY;
    private List<Diagnostic> configDiagnostics = List.of();
    private DataSets data;
    /** Read from git once per session (and after a configuration change); null until then. */
    private ChangeHistory history;
    private List<Diagnostic> historyDiagnostics = List.of();
    private List<Diagnostic> dataDiagnostics = List.of();
    private SessionTheme themeState;
    private boolean started;
    private Map<String, Item> lastItems = Map.of();
    private RenderCache cache = new RenderCache();
    private final RuleMemory ruleMemory = new RuleMemory();
    private Map<Item, List<String>> referencesBefore = new IdentityHashMap<>();
    private Map<Item, List<String>> referencesNow = new IdentityHashMap<>();
    private final AssemblyMemory assemblyMemory = new AssemblyMemory();
    private final SessionOutput output = new SessionOutput();
    private volatile List<Diagnostic> diagnostics = List.of();
    private StageTimes times = new StageTimes();

    public BuildSession(BuildOptions options) {
        this.options = options;
        this.source = options.source().toAbsolutePath().normalize();
        this.theme = options.theme().toAbsolutePath().normalize();
        this.display = Build.displayName(options.source());
        this.sources = new SessionSources(source, display, markdown);
    }

    /** The content folder and the theme folder: what a watcher should watch. */
    public List<Path> inputs() {
        return List.of(source, theme);
    }

    /**
     * The last good output, path → bytes, including the theme's files under assets/: a
     * read-only view that each good build changes in place (copy it to keep a snapshot).
     */
    public Map<String, byte[]> files() {
        return output.files();
    }

    /** The diagnostics of the latest build, good or not. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Builds everything. */
    public synchronized SessionUpdate build() throws IOException {
        started = false;
        return update(List.of());
    }

    /**
     * Builds again after the files at {@code changed} (files or folders, in the content or the
     * theme; deleted ones too) have changed.
     */
    public synchronized SessionUpdate update(Collection<Path> changed) throws IOException {
        long began = System.nanoTime();
        try {
            return rebuild(changed, began);
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)
                    && !(e instanceof OutOfMemoryError)) {
                throw e; // the VM itself is broken: nothing sensible is left to do
            }
            // Whatever a template or a file did, the session lives on: the error is shown like
            // any other, and the next update starts from scratch, since this one may have left
            // its memory of the previous build half updated.
            started = false;
            themeState = null;
            return finish(began, List.of(failure(e)), Optional.empty());
        }
    }

    /** A rebuild that ended in an exception, as a diagnostic. */
    private static Diagnostic failure(Throwable e) {
        String what = e instanceof OutOfMemoryError ? "the rebuild ran out of memory"
                : e instanceof StackOverflowError ? "the rebuild recursed too deeply"
                : "the rebuild failed: " + e;
        return new Diagnostic("", 0, 0, Severity.ERROR, what, "",
                "save the file again after fixing it; if this keeps happening, please report it",
                "");
    }

    private SessionUpdate rebuild(Collection<Path> changed, long began) throws IOException {
        times = new StageTimes();
        boolean everything = !started;
        boolean configChanged = !started;
        if (!started) {
            sources.readAll();
            themeState = null;
            started = true;
        }
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(theme)) {
                themeState = null;
                everything = true;
            } else if (abs.startsWith(source)) {
                if (isContent(abs)) {
                    sources.refresh(abs);
                } else {
                    configChanged = true;
                }
            }
        }
        times.lap("read");
        if (configChanged) {
            loadConfig();
            everything = true;
        }
        if (config.isEmpty()) {
            return finish(began, configDiagnostics, Optional.empty());
        }
        sources.validate(config.get(), configChanged);
        times.lap("validate");
        List<Diagnostic> all = new ArrayList<>(configDiagnostics);
        all.addAll(sources.diagnostics(true));
        Diagnostics assembly = new Diagnostics(new FileLines(source, display));
        Site site = new SiteAssembler(assemblyMemory).assemble(config.get(), calendar, sources.validated(),
                options.now().toLocalDate(), options.now(), assembly);
        times.lap("assemble");
        new ContentRules(ruleMemory).check(site, sources.validated(), display, assembly);
        times.lap("rules");
        all.addAll(assembly.sorted());
        all.addAll(dataDiagnostics);
        if (has(all)) {
            return finish(began, all, Optional.empty());
        }
        if (themeState == null) {
            themeState = SessionTheme.load(theme);
            everything = true;
        }
        all.addAll(themeState.diagnostics());
        if (themeState.theme().isEmpty()) {
            return finish(began, all, Optional.empty());
        }
        if (history == null) {
            Diagnostics d = new Diagnostics(new FileLines(source, display));
            history = options.history() ? new GitHistoryReader().read(source, d)
                    : ChangeHistory.none();
            historyDiagnostics = d.sorted();
        }
        all.addAll(historyDiagnostics);
        cache = everything ? new RenderCache() : cache.next();
        referencesBefore = referencesNow;
        referencesNow = new IdentityHashMap<>();
        AffectedPages affected = everything ? AffectedPages.everything()
                : AffectedPages.between(lastItems, site.byId(), config.get(),
                        OutputGroups.all(data), this::references);
        times.lap("theme, history, affected pages");
        if (affected.nothing()) {
            return finish(began, all, Optional.of(new Rendered(site, null, 0)));
        }
        return finish(began, all, render(site, affected, everything, all));
    }

    private Optional<Rendered> render(Site site, AffectedPages affected, boolean everything,
            List<Diagnostic> all) {
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        Diagnostics rendering = new Diagnostics(new FileLines(source, display));
        try {
            new SiteRenderer(themeState.theme().get(), themeState.engine().get(),
                    markdown, OutputGroups.all(data))
                    .timing((group, nanos) -> times.add("  " + group, nanos / 1_000_000))
                    .render(site, history, rendering, affected, cache,
                            f -> rendered.put(f.path(), f.bytes()));
        } catch (TemplateEngine.TemplateException e) {
            all.add(new Diagnostic(e.file(), e.line(), 0, Severity.ERROR,
                    "template error: " + e.getMessage(), "", "fix the theme's template", ""));
            return Optional.empty();
        }
        times.lap("render");
        all.addAll(rendering.sorted());
        SessionOutput.Delta delta = output.compare(rendered, themeState.assets(), affected,
                everything);
        times.lap("compare");
        List<OutputFile> toCheck = delta.changed().stream().filter(rendered::containsKey)
                .map(p -> new OutputFile(p, rendered.get(p))).toList();
        Diagnostics links = new Diagnostics();
        new LinkChecker().check(toCheck, p -> output.existsAfter(delta, p), links);
        all.addAll(links.sorted());
        times.lap("link check");
        return Optional.of(new Rendered(site, delta, rendered.size()));
    }

    private SessionUpdate finish(long began, List<Diagnostic> all, Optional<Rendered> rendered) {
        List<Diagnostic> sorted = all.stream().distinct().sorted(Diagnostic.ORDER).toList();
        diagnostics = sorted;
        if (rendered.isEmpty() || has(sorted)) {
            return new SessionUpdate(sorted, Set.of(), false, 0, System.nanoTime() - began,
                    times);
        }
        Set<String> changed = Set.of();
        if (rendered.get().delta() != null) {
            output.apply(rendered.get().delta());
            changed = rendered.get().delta().changed();
        }
        lastItems = rendered.get().site().byId();
        times.lap("apply");
        return new SessionUpdate(sorted, changed, true, rendered.get().rendered(),
                System.nanoTime() - began, times);
    }

    /**
     * What an item refers to, remembered by identity between builds (the assemble stage keeps
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

    private void loadConfig() {
        Diagnostics d = new Diagnostics(new FileLines(source, display));
        config = new ConfigLoader().load(source, display, d)
                .map(c -> options.baseUrl().map(c::withBaseUrl).orElse(c));
        calendar = config.map(c -> new HolidayLoader().load(source, display, c.holidaysFile(), d))
                .orElse(WorkingCalendar.EMPTY);
        configDiagnostics = d.sorted();
        history = null;
        Diagnostics tables = new Diagnostics(new FileLines(source, display));
        data = new DataSetLoader().load(source, display, tables);
        dataDiagnostics = tables.sorted();
    }

    /** site.yaml and data/ configure the site; everything else may be (or hold) an item. */
    private boolean isContent(Path abs) {
        String relative = source.relativize(abs).toString().replace('\\', '/');
        return !relative.equals(ConfigLoader.FILE) && !relative.equals("data")
                && !relative.startsWith("data/")
                && !config.map(c -> c.holidaysFile().equals(relative)).orElse(false);
    }

    private static boolean has(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** A good render: its site, and what it changes (null: nothing). */
    private record Rendered(Site site, SessionOutput.Delta delta, int rendered) {}
}

package org.noticeboard.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.Site;
import org.noticeboard.parallel.Slices;

/**
 * The render stage: every group of pages (the website's own, and those other packages add:
 * print, feeds, search…) rendered with one shared context, once for each copy of the site
 * (language, large text), returned in path order so the output is the same bytes for the same
 * input.
 */
public final class SiteRenderer {

    private final TemplateEngine templates;
    private final Theme theme;
    private final MarkdownEngine markdown;
    private final List<Pages> groups;
    private BiConsumer<String, Long> times = (group, nanos) -> { };

    public SiteRenderer(Theme theme, TemplateEngine templates, MarkdownEngine markdown,
            List<Pages> extraGroups) {
        this.theme = theme;
        this.templates = templates;
        this.markdown = markdown;
        List<Pages> all = new ArrayList<>();
        all.add(new WebPages());
        all.addAll(extraGroups);
        this.groups = List.copyOf(all);
    }

    /**
     * Tells {@code listener} how long each group took in each copy of the site, e.g.
     * ({@code "PosterPages en/large/"}, nanoseconds): the preview measures its updates with it.
     * Groups run side by side, so the times overlap.
     */
    public SiteRenderer timing(BiConsumer<String, Long> listener) {
        this.times = listener;
        return this;
    }

    public List<OutputFile> render(Site site) {
        return render(site, ChangeHistory.none(), new Diagnostics());
    }

    public List<OutputFile> render(Site site, ChangeHistory history, Diagnostics diagnostics) {
        return render(site, history, diagnostics, path -> true, RenderCache.oneBuild());
    }

    /**
     * Renders the pages {@code wanted} selects, by their path inside each copy of the site
     * (groups may also return others), reusing what {@code cache} remembers from the previous
     * build; returned in path order.
     */
    public List<OutputFile> render(Site site, ChangeHistory history, Diagnostics diagnostics,
            Predicate<String> wanted, RenderCache cache) {
        List<OutputFile> out = Collections.synchronizedList(new ArrayList<>());
        render(site, history, diagnostics, wanted, cache, out::add);
        List<OutputFile> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }

    /**
     * Renders as {@link #render(Site, ChangeHistory, Diagnostics, Predicate, RenderCache)}, handing
     * each file to {@code out} as soon as it is made (from several threads, in no set order).
     */
    public void render(Site site, ChangeHistory history, Diagnostics diagnostics,
            Predicate<String> wanted, RenderCache cache, OutputSink out) {
        List<Edition> editions = Edition.of(site.config());
        for (Edition edition : editions) {
            Map<String, String> t = theme.messages(edition.language());
            ViewFactory views = new ViewFactory(site, t, edition.language(), markdown, history,
                    edition.up());
            PageWriter pages = new PageWriter(templates, views, site, t, edition, editions,
                    diagnostics, wanted, cache);
            OutputSink moved = edition.isMain() ? out : f -> out.accept(moved(f, edition));
            // groups are independent, and several are sequential inside (search index,
            // calendars, feeds): rendered side by side they keep every core busy
            Slices.forEach(groups, group -> {
                long began = System.nanoTime();
                group.render(pages, moved);
                times.accept(group.getClass().getSimpleName() + " " + edition.prefix(),
                        System.nanoTime() - began);
            });
            if (!edition.isMain()) {
                assets(edition.prefix()).forEach(out::accept);
            }
        }
    }

    private static OutputFile moved(OutputFile file, Edition edition) {
        return edition.isMain() ? file
                : new OutputFile(edition.prefix() + file.path(), file.bytes());
    }

    /** The theme's static files for a copy in a folder (the main copy's are published as is). */
    private List<OutputFile> assets(String prefix) {
        try {
            List<OutputFile> files = new ArrayList<>();
            for (var file : ThemeAssets.of(theme).entrySet()) {
                files.add(new OutputFile(prefix + file.getKey(),
                        Files.readAllBytes(file.getValue())));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

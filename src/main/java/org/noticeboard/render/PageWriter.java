package org.noticeboard.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.view.EditionLink;
import org.noticeboard.render.view.Link;
import org.noticeboard.render.view.PageView;

/**
 * What every group of pages renders with: the site, its view factory, the interface messages,
 * and {@link #write} — one page from a template with the common {@code page} and {@code site}
 * context plus the page's own values. Groups write paths from the root of their copy of the site
 * ({@link #edition()}); the renderer moves each copy into its folder.
 */
public final class PageWriter {

    private final TemplateEngine templates;
    private final ViewFactory views;
    private final Site site;
    private final Map<String, String> t;
    private final String lang;
    private final Edition edition;
    private final List<Edition> editions;
    private final Diagnostics diagnostics;
    private final Predicate<String> wanted;
    private final RenderCache cache;

    PageWriter(TemplateEngine templates, ViewFactory views, Site site, Map<String, String> t,
            Edition edition, List<Edition> editions, Diagnostics diagnostics,
            Predicate<String> wanted, RenderCache cache) {
        this.templates = templates;
        this.views = views;
        this.site = site;
        this.t = t;
        this.lang = edition.language();
        this.edition = edition;
        this.editions = List.copyOf(editions);
        this.diagnostics = diagnostics;
        this.wanted = wanted;
        this.cache = cache;
    }

    /**
     * {@code compute(item)}, remembered between the builds of a preview session. Only for
     * values that depend on the item alone (and the theme and configuration, whose change
     * empties the cache): never on other items or on the date.
     */
    public <T> T cached(String kind, Item item, Function<Item, T> compute) {
        return cache.get(edition.prefix() + kind, item, compute);
    }

    /**
     * Like {@link #cached}, for a value each build uses once (a poster's body): remembered for
     * the next build of a preview session, not held by a one-off build.
     */
    public <T> T cachedForNextBuild(String kind, Item item, Function<Item, T> compute) {
        return cache.usedOnce(edition.prefix() + kind, item, compute);
    }

    /**
     * Like {@link #cached(String, Item, Function)}, but shared by every copy of the site (a full
     * build computes it once, not once per copy): for values that depend on the item and on
     * {@code context} alone — put the language in it if the value depends on it, and anything
     * taken from other items (e.g. what amends this one), so that their change is a new key.
     */
    public <T> T shared(String kind, Item item, Object context, Function<Item, T> compute) {
        return cache.get(kind, item, context, compute);
    }

    /**
     * {@code compute()} once per build for all copies of the site — for a value the copies have
     * in common (e.g. the search index's terms). Not kept for the next build.
     */
    public <T> T once(String kind, Supplier<T> compute) {
        return cache.once(kind, compute);
    }

    /**
     * Whether the page at {@code path} (in this copy of the site) must be rendered. Always true
     * in a full build; an incremental build (the preview server's) says no for pages an edit
     * cannot have changed, and keeps their previous bytes. A group may skip such pages to save
     * time, or ignore this.
     */
    public boolean wanted(String path) {
        return wanted.test(path);
    }

    /** Where a page group reports what it found while rendering (e.g. a card that overflows). */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public Site site() {
        return site;
    }

    public String language() {
        return lang;
    }

    public Edition edition() {
        return edition;
    }

    public ViewFactory views() {
        return views;
    }

    public Map<String, String> messages() {
        return t;
    }

    /** The public address of a page of this copy, or empty when the site has no base_url. */
    public String absoluteUrl(String path) {
        return site.config().hasBaseUrl() ? site.config().baseUrl() + edition.prefix() + path
                : "";
    }

    public OutputFile write(String path, String template, String title, List<Link> crumbs,
            Map<String, Object> own) {
        String root = Urls.root(path);
        String canonical = site.config().hasBaseUrl()
                ? site.config().baseUrl() + edition.canonicalPrefix() + path : "";
        String dataLang = site.config().language().equals(lang) ? "" : site.config().language();
        Map<String, Object> context = new HashMap<>(own);
        context.put("page", new PageView(lang, root, path,
                path.contains("/") ? path.substring(0, path.indexOf('/')) : "", title, canonical,
                crumbs, t, edition.largeText(), editionLinks(path, root), dataLang));
        context.put("site", views.site(root));
        return new OutputFile(path, templates.render(template, context));
    }

    /** The same page in the other language(s) of this size, and in the other size. */
    private List<EditionLink> editionLinks(String path, String root) {
        String top = (root.equals("./") ? "" : root) + edition.up();
        List<EditionLink> links = new ArrayList<>();
        List<EditionLink> sizes = new ArrayList<>();
        for (Edition other : editions) {
            String url = top + other.prefix() + path;
            if (other.largeText() == edition.largeText() && !other.language().equals(lang)) {
                links.add(new EditionLink("language", t.getOrDefault("language."
                        + other.language(), other.language()), url, other.language()));
            } else if (other.language().equals(lang) && other.largeText() != edition.largeText()) {
                sizes.add(new EditionLink("size", t.get(other.largeText() ? "edition.large"
                        : "edition.standard"), url, lang));
            }
        }
        links.addAll(sizes);
        return links;
    }
}

package org.noticeboard.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.Site;
import org.noticeboard.render.view.Link;
import org.noticeboard.render.view.PageView;

/**
 * What every group of pages renders with: the site, its view factory, the interface messages,
 * and {@link #write} — one page from a template with the common {@code page} and {@code site}
 * context plus the page's own values.
 */
public final class PageWriter {

    private final TemplateEngine templates;
    private final ViewFactory views;
    private final Site site;
    private final Map<String, String> t;
    private final String lang;
    private final Diagnostics diagnostics;

    PageWriter(TemplateEngine templates, ViewFactory views, Site site, Map<String, String> t,
            String lang, Diagnostics diagnostics) {
        this.templates = templates;
        this.views = views;
        this.site = site;
        this.t = t;
        this.lang = lang;
        this.diagnostics = diagnostics;
    }

    /** Where a page group reports what it found while rendering (e.g. a card that overflows). */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public Site site() {
        return site;
    }

    public TemplateEngine templates() {
        return templates;
    }

    public String language() {
        return lang;
    }

    public ViewFactory views() {
        return views;
    }

    public Map<String, String> messages() {
        return t;
    }

    public OutputFile write(String path, String template, String title, List<Link> crumbs,
            Map<String, Object> own) {
        String root = Urls.root(path);
        String canonical = site.config().hasBaseUrl() ? site.config().baseUrl() + path : "";
        Map<String, Object> context = new HashMap<>(own);
        context.put("page", new PageView(lang, root, path,
                path.contains("/") ? path.substring(0, path.indexOf('/')) : "", title, canonical, crumbs, t));
        context.put("site", views.site(root));
        return OutputFile.text(path, templates.render(template, context));
    }
}

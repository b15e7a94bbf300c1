package org.noticeboard.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Site;

/**
 * The render stage: every group of pages (the website's own, and those other packages add:
 * print, feeds, search…) rendered with one shared context, returned in path order so the output
 * is the same bytes for the same input.
 */
public final class SiteRenderer {

    private final TemplateEngine templates;
    private final Theme theme;
    private final MarkdownEngine markdown;
    private final List<Pages> groups;

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

    public List<OutputFile> render(Site site) {
        return render(site, new Diagnostics());
    }

    public List<OutputFile> render(Site site, Diagnostics diagnostics) {
        String lang = site.config().language();
        Map<String, String> t = theme.messages(lang);
        ViewFactory views = new ViewFactory(site, t, lang, markdown);
        PageWriter pages = new PageWriter(templates, views, site, t, lang, diagnostics);
        List<OutputFile> out = new ArrayList<>();
        for (Pages group : groups) {
            out.addAll(group.render(pages));
        }
        out.sort(Comparator.comparing(OutputFile::path));
        return out;
    }
}

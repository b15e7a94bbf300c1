package org.noticeboard.print;

import java.util.List;
import java.util.Map;
import org.noticeboard.model.Item;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.OutputSink;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.view.Link;

/**
 * A bulletin-board poster for every published notice, policy, procedure, commitment and
 * supervision result: {@code print/<board>/<type>/<slug>.html}, sized to its paper by
 * {@code @page}, printable from any browser and by {@code noticeboard print}.
 */
public final class PosterPages implements Pages {

    @Override
    public List<OutputFile> render(PageWriter pages) {
        return Pages.collect(this, pages);
    }

    @Override
    public void render(PageWriter pages, OutputSink out) {
        Posters posters = new Posters(pages);
        Slices.forEach(pages.site().published().stream().filter(i -> i.type().postable())
                .filter(i -> pages.wanted(path(i))).toList(),
                i -> out.accept(poster(pages, posters, i)));
    }

    /** Where an item's poster lives: {@code print/} + the item's own path. */
    public static String path(Item item) {
        return Posters.path(item);
    }

    private static OutputFile poster(PageWriter pages, Posters posters, Item item) {
        String path = Posters.path(item);
        String root = Urls.root(path);
        PosterView poster = posters.view(item, root, "");
        return pages.write(path, "print/poster", item.title(), List.of(), Map.of(
                "poster", poster,
                "item", poster.item(),
                "pageRules", new PageRules(pages.messages())
                        .poster(item.paper(), posters.runningHead(item)).css(),
                "back", new Link(item.title(), root + Urls.item(item))));
    }
}

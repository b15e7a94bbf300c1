package org.noticeboard.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;

/**
 * Subscriptions: an Atom feed (RFC 4287) of the newest published items, site-wide
 * ({@code feed.xml}) and per board ({@code <board>/feed.xml}).
 */
public final class AtomFeeds implements Pages {

    /** Readers show the newest entries; older ones stay on the site and in items.json. */
    static final int MAX_ENTRIES = 50;

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        AtomWriter writer = new AtomWriter(site, pages.messages(), pages::absoluteUrl);
        List<OutputFile> out = new ArrayList<>();
        out.add(OutputFile.text("feed.xml", writer.feed("feed.xml", site.config().title(),
                "", newest(site, i -> true))));
        for (Board board : site.config().boards()) {
            String path = board.slug() + "/feed.xml";
            out.add(OutputFile.text(path, writer.feed(path,
                    board.name() + " - " + site.config().title(), board.slug(),
                    newest(site, i -> i.board().equals(board.slug())))));
        }
        return out;
    }

    /** Dated items, newest published first; a page without a date is not news. */
    static List<Item> newest(Site site, Predicate<Item> filter) {
        return site.published().stream().filter(filter)
                .filter(i -> i.published().isPresent())
                .sorted(Comparator.comparing((Item i) -> i.published().get()).reversed()
                        .thenComparing(Item::id))
                .limit(MAX_ENTRIES)
                .toList();
    }
}

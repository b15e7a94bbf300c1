package org.noticeboard.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;

/**
 * Subscriptions: an Atom feed (RFC 4287) of the newest published items, site-wide
 * ({@code feed.xml}) and per board ({@code <board>/feed.xml}).
 */
public final class AtomFeeds implements Pages, ItemFiles {

    /** Readers show the newest entries; older ones stay on the site and in items.json. */
    static final int MAX_ENTRIES = 50;

    static final String FILE = "feed.xml";

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        AtomWriter writer = new AtomWriter(site, pages.messages(), pages::absoluteUrl);
        List<Item> newest = newest(site);
        List<OutputFile> out = new ArrayList<>();
        if (pages.wanted(FILE)) {
            out.add(OutputFile.text(FILE, writer.feed(FILE, site.config().title(), "",
                    newest.stream().limit(MAX_ENTRIES).toList())));
        }
        for (Board board : site.config().boards()) {
            String path = board.slug() + "/" + FILE;
            if (pages.wanted(path)) {
                out.add(OutputFile.text(path, writer.feed(path,
                        board.name() + " - " + site.config().title(), board.slug(),
                        newest.stream().filter(i -> i.board().equals(board.slug()))
                                .limit(MAX_ENTRIES).toList())));
            }
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        return ItemFiles.siteAndBoards(config, FILE);
    }

    @Override
    public Set<String> filesOf(Item item) {
        return ItemFiles.siteAndBoard(item, FILE);
    }

    /** Dated items, newest published first; a page without a date is not news. */
    static List<Item> newest(Site site) {
        return site.published().stream()
                .filter(i -> i.published().isPresent())
                .sorted(Comparator.comparing((Item i) -> i.published().get()).reversed()
                        .thenComparing(Item::id))
                .toList();
    }
}

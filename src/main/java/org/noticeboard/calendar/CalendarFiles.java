package org.noticeboard.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;

/**
 * Reception days as iCalendar files (RFC 5545) that residents can subscribe to: site-wide
 * ({@code receptions.ics}) and per board ({@code <board>/receptions.ics}).
 */
public final class CalendarFiles implements Pages, ItemFiles {

    static final String FILE = "receptions.ics";

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ReceptionCalendar calendar = new ReceptionCalendar(site, pages.messages());
        List<Item> all = receptions(site, i -> true);
        List<OutputFile> out = new ArrayList<>();
        if (pages.wanted(FILE)) {
            out.add(new OutputFile(FILE, calendar.write(site.config().title(),
                    events(all, calendar, pages))));
        }
        for (Board board : site.config().boards()) {
            String path = board.slug() + "/" + FILE;
            if (pages.wanted(path)) {
                out.add(new OutputFile(path, calendar.write(board.name(), events(all.stream()
                        .filter(i -> i.board().equals(board.slug())).toList(), calendar, pages))));
            }
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        return ItemFiles.siteAndBoards(config, FILE);
    }

    /** Only a reception schedule's change changes the calendars (of its board and the site). */
    @Override
    public Set<String> filesOf(Item item) {
        return item.type() == ContentType.RECEPTION ? ItemFiles.siteAndBoard(item, FILE)
                : Set.of();
    }

    /**
     * Each schedule's events: the same in every file and every copy of the site in one language
     * (their text is in it), and in the next preview build unless the item changed.
     */
    private static List<String> events(List<Item> receptions, ReceptionCalendar calendar,
            PageWriter pages) {
        return Slices.map(receptions, i -> pages.shared("calendar.events", i, pages.language(),
                calendar::events));
    }

    /** The reception schedules on the boards now, in id order. */
    static List<Item> receptions(Site site, Predicate<Item> filter) {
        return site.published().stream()
                .filter(i -> i.type() == ContentType.RECEPTION)
                .filter(site.lifecycle()::isCurrent)
                .filter(filter)
                .sorted(Comparator.comparing(Item::id))
                .toList();
    }
}

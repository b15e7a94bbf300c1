package org.noticeboard.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;

/**
 * Reception days as iCalendar files (RFC 5545) that residents can subscribe to: site-wide
 * ({@code receptions.ics}) and per board ({@code <board>/receptions.ics}).
 */
public final class CalendarFiles implements Pages {

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ReceptionCalendar calendar = new ReceptionCalendar(site, pages.messages());
        List<OutputFile> out = new ArrayList<>();
        out.add(new OutputFile("receptions.ics", calendar.write(site.config().title(),
                receptions(site, i -> true))));
        for (Board board : site.config().boards()) {
            out.add(new OutputFile(board.slug() + "/receptions.ics", calendar.write(
                    board.name(), receptions(site, i -> i.board().equals(board.slug())))));
        }
        return out;
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

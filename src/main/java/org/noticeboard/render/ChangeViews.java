package org.noticeboard.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.ChangeHistory.Revision;
import org.noticeboard.model.Item;
import org.noticeboard.render.view.ChangeView;

/**
 * An item's change history as shown on its page. With version control: first published on the
 * later of its first commit and its {@code published} date (edits before that were not public),
 * then one line per later commit; the latest line's note is the item's {@code change_note} when it
 * has one, else the commit message. Without: {@code published}, then {@code updated}. Commits
 * after the build's clock are left out, as a build "as of" a day knows nothing later. Dates are
 * taken in the build's time zone so every machine writes the same page.
 */
final class ChangeViews {

    private final ChangeHistory history;
    private final ZonedDateTime now;
    private final ZoneId zone;
    private final DateText dates;
    private final Map<String, String> t;

    ChangeViews(ChangeHistory history, ZonedDateTime now, DateText dates,
            Map<String, String> t) {
        this.history = history;
        this.now = now;
        this.zone = now.getZone();
        this.dates = dates;
        this.t = t;
    }

    List<ChangeView> of(Item item) {
        List<Revision> revisions = history.of(item.id() + ".md").stream()
                .filter(r -> !r.time().isAfter(now.toInstant())).toList();
        return revisions.isEmpty() ? fromFields(item) : fromHistory(item, revisions);
    }

    private List<ChangeView> fromHistory(Item item, List<Revision> revisions) {
        LocalDate first = day(revisions.get(0));
        if (item.published().isPresent() && item.published().get().isAfter(first)) {
            first = item.published().get();
        }
        List<ChangeView> out = new ArrayList<>();
        out.add(line("first", first, ""));
        List<Revision> later = new ArrayList<>();
        for (Revision r : revisions.subList(1, revisions.size())) {
            if (day(r).isAfter(first)) {
                later.add(r);
            }
        }
        for (int i = 0; i < later.size(); i++) {
            Revision r = later.get(i);
            boolean latest = i == later.size() - 1;
            out.add(line("change", day(r), latest && !item.changeNote().isEmpty()
                    ? item.changeNote() : r.message()));
        }
        return out;
    }

    private List<ChangeView> fromFields(Item item) {
        List<ChangeView> out = new ArrayList<>();
        item.published().ifPresent(p -> out.add(line("first", p, "")));
        item.updated().filter(u -> item.published().map(u::isAfter).orElse(true))
                .ifPresent(u -> out.add(line("change", u, item.changeNote().isEmpty()
                        ? t.getOrDefault("history.updated", "") : item.changeNote())));
        return out;
    }

    private LocalDate day(Revision r) {
        return r.time().atZone(zone).toLocalDate();
    }

    private ChangeView line(String kind, LocalDate date, String note) {
        return new ChangeView(kind, dates.date(date), date.toString(), note);
    }
}

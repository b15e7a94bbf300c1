package org.noticeboard.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.noticeboard.catalogue.CatalogueStatus;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionOccurrence;
import org.noticeboard.model.Site;

/**
 * The days after the build date on which a rebuild would change some page without any edit: a
 * publish date, an expiry, a posting period's start and end, a reception three days ahead and
 * the day after it, a catalogue entry falling due. A scheduled job rebuilds exactly then.
 */
public final class ChangeSchedule {

    /** Receptions are announced this many days before they take place. */
    public static final int RECEPTION_NOTICE_DAYS = 3;

    /** Every change after {@code site.today()}, earliest first. */
    public List<Change> upcoming(Site site) {
        LocalDate today = site.today();
        List<Change> out = new ArrayList<>();
        ReceptionDates receptions = new ReceptionDates(site.calendar());
        for (Item item : site.items()) {
            item.published().ifPresent(d -> out.add(new Change(d, "published", item.id())));
            item.expires().ifPresent(d ->
                    out.add(new Change(d.plusDays(1), "expires, moves to the archive",
                            item.id())));
            if (item.details() instanceof Details.Notice n) {
                out.add(new Change(n.posting().start(), "posting period starts", item.id()));
                out.add(new Change(n.posting().end().plusDays(1), "posting period ended",
                        item.id()));
            }
            for (ReceptionOccurrence o : receptions.between(item, today, today.plusDays(366))) {
                out.add(new Change(o.date().minusDays(RECEPTION_NOTICE_DAYS),
                        "reception on " + o.date() + " announced", item.id()));
                out.add(new Change(o.date().plusDays(1), "reception on " + o.date() + " held",
                        item.id()));
            }
        }
        for (CatalogueStatus.Row row : new CatalogueStatus(site).all()) {
            row.due().ifPresent(d -> out.add(new Change(d.plusDays(1),
                    "catalogue entry '" + row.title() + "' of " + row.board() + " overdue", "")));
        }
        return out.stream().filter(c -> c.date().isAfter(today))
                .sorted(Comparator.comparing(Change::date).thenComparing(Change::describe))
                .distinct().toList();
    }
}

package org.noticeboard.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Expands a reception schedule into dated occurrences within a window. */
public final class ReceptionDates {

    private final WorkingCalendar calendar;

    public ReceptionDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Occurrences whose (postponed) date lies in {@code [from, to]}, in date order. */
    public List<ReceptionOccurrence> between(Item item, LocalDate from, LocalDate to) {
        if (!(item.details() instanceof Details.Reception reception)) {
            return List.of();
        }
        ReceptionSchedule s = reception.schedule();
        LocalDate first = s.from().isAfter(from.minusDays(31)) ? s.from() : from.minusDays(31);
        LocalDate last = s.until().filter(u -> u.isBefore(to)).orElse(to);
        List<ReceptionOccurrence> out = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            if (!s.on(d)) {
                continue;
            }
            LocalDate actual = s.postponeOnHoliday() ? calendar.onOrAfter(d) : d;
            Optional<ReceptionOverride> override = reception.overrides().stream()
                    .filter(o -> o.date().equals(actual) || o.date().equals(d)).findFirst();
            if (override.map(ReceptionOverride::cancelled).orElse(false)
                    || actual.isBefore(from) || actual.isAfter(to)) {
                continue;
            }
            out.add(new ReceptionOccurrence(item.id(), d, actual,
                    override.map(ReceptionOverride::time).filter(t -> !t.isEmpty())
                            .orElse(s.time()),
                    override.map(ReceptionOverride::location).filter(l -> !l.isEmpty())
                            .orElse(reception.location()),
                    override.map(ReceptionOverride::receivers).filter(r -> !r.isEmpty())
                            .orElse(reception.receivers()),
                    override.map(ReceptionOverride::note).orElse("")));
        }
        out.sort(Comparator.comparing(ReceptionOccurrence::date));
        return List.copyOf(out);
    }
}

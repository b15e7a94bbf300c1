package org.noticeboard.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One reception on one date, after holiday postponement and per-date overrides.
 *
 * @param scheduled the date the rule gives, before postponement (stable: used for event ids)
 */
public record ReceptionOccurrence(
        String itemId,
        LocalDate scheduled,
        LocalDate date,
        String time,
        String location,
        List<String> receivers,
        String note) {

    public ReceptionOccurrence {
        receivers = List.copyOf(receivers);
    }

    public boolean postponed() {
        return !scheduled.equals(date);
    }
}

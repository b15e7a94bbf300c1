package org.noticeboard.model;

import java.time.LocalDate;
import java.util.List;

/** A change to one date of a reception schedule: other receivers, place or time, or cancelled. */
public record ReceptionOverride(
        LocalDate date,
        List<String> receivers,
        String location,
        String time,
        boolean cancelled,
        String note) {

    public ReceptionOverride {
        receivers = List.copyOf(receivers);
    }
}

package org.noticeboard.schedule;

import java.time.LocalDate;

/** A day on which some page of the site changes by itself, and why. */
public record Change(LocalDate date, String what, String itemId) {

    public String describe() {
        return itemId.isEmpty() ? what : what + ": " + itemId;
    }
}

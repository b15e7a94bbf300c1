package org.noticeboard.model;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A notice board: the street office or one community neighbourhood committee.
 *
 * @param kind {@code street-office} or {@code community}
 * @param supervisionIntervalDays how old the latest supervision result may be before check warns
 * @param postingDay the weekday the board is updated: its week's change sheet starts then
 */
public record Board(
        String slug,
        String name,
        String nameEn,
        String kind,
        String address,
        String officeHours,
        String hotline,
        int supervisionIntervalDays,
        List<Contact> contacts,
        DayOfWeek postingDay) {

    public Board {
        contacts = List.copyOf(contacts);
    }

    /** A board updated on Mondays. */
    public Board(String slug, String name, String nameEn, String kind, String address,
            String officeHours, String hotline, int supervisionIntervalDays,
            List<Contact> contacts) {
        this(slug, name, nameEn, kind, address, officeHours, hotline, supervisionIntervalDays,
                contacts, DayOfWeek.MONDAY);
    }
}

package org.noticeboard.model;

import java.util.List;

/**
 * A notice board: the street office or one community neighbourhood committee.
 *
 * @param kind {@code street-office} or {@code community}
 * @param supervisionIntervalDays how old the latest supervision result may be before check warns
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
        List<Contact> contacts) {

    public Board {
        contacts = List.copyOf(contacts);
    }
}

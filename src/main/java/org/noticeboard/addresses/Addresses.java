package org.noticeboard.addresses;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Addresses that must keep working after their item moved or went away: QR codes on paper stay
 * on boards for months. Read from {@code data/addresses.yaml}.
 *
 * @param moved old item id → the id of the item now at a new address (a rename or a move)
 * @param withdrawn items taken off the site, each leaving a page that says so and when
 */
public record Addresses(Map<String, Moved> moved, List<Withdrawal> withdrawn) {

    public static final Addresses NONE = new Addresses(Map.of(), List.of());

    public Addresses {
        moved = Map.copyOf(moved);
        withdrawn = List.copyOf(withdrawn);
    }

    /** An old address and where it now leads; {@code line} is its line in the file. */
    public record Moved(String from, String to, int line) {}

    /** A withdrawn item: its id, its title as published, when and why it was withdrawn. */
    public record Withdrawal(String id, String title, LocalDate date, String reason, int line) {}
}

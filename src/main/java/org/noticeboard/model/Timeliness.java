package org.noticeboard.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Which items the 公开时限 check applies to: those published on or after {@code from}, so that
 * old content back-filled into the site is not all reported late, on the listed boards.
 *
 * @param boards board slugs; the street-office boards when the site lists none, because
 *     居务公开 on community boards follows its own rules unless the site opts in
 */
public record Timeliness(LocalDate from, List<String> boards) {

    /** 条例第二十六条: within 20 working days of the information being formed or changed. */
    public static final int DEFAULT_WORKING_DAYS = 20;

    public Timeliness {
        boards = List.copyOf(boards);
    }

    public boolean appliesTo(Item item) {
        return boards.contains(item.board())
                && item.published().map(p -> !p.isBefore(from)).orElse(false);
    }
}

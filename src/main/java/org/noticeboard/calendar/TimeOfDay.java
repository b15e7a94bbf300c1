package org.noticeboard.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reception's hours as editors write them ({@code 09:00-11:30}, {@code 9:00—11:30}); when the
 * text does not read as two times the reception is an all-day event and the text stays in the
 * schedule shown on the site.
 */
record TimeOfDay(LocalTime from, LocalTime to) {

    private static final Pattern RANGE = Pattern.compile(
            ".*?(\\d{1,2})[:：](\\d{2})\\s*[-–—~～至到]\\s*(\\d{1,2})[:：](\\d{2}).*");

    static TimeOfDay parse(String text) {
        Matcher m = RANGE.matcher(text == null ? "" : text.strip());
        if (m.matches()) {
            try {
                LocalTime a = LocalTime.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
                LocalTime b = LocalTime.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                if (b.isAfter(a)) {
                    return new TimeOfDay(a, b);
                }
            } catch (java.time.DateTimeException e) {
                // not a time of day: an all-day event below
            }
        }
        return new TimeOfDay(null, null);
    }

    boolean allDay() {
        return from == null;
    }

    /**
     * The start as written in the file: a date, or a local time that the TZID parameter places.
     * Not a ZonedDateTime: ical4j would format that with its own bundled zone rules, and its
     * Asia/Shanghai keeps the summer time China dropped in 1991 (an hour off from April to
     * September).
     */
    Temporal start(LocalDate date) {
        return allDay() ? date : date.atTime(from);
    }

    Temporal end(LocalDate date) {
        return allDay() ? date.plusDays(1) : date.atTime(to);
    }

    /** When the reception ends, as an instant (for UNTIL, which is in UTC). */
    java.time.Instant endInstant(LocalDate date, ZoneId zone) {
        return (allDay() ? date.plusDays(1).atStartOfDay(zone) : date.atTime(to).atZone(zone))
                .toInstant();
    }
}

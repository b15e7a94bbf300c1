package org.noticeboard.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When receptions happen: on given days of each month or given weekdays, from a first date,
 * optionally until a last one; a date that falls on a non-working day moves to the next working
 * day when {@code postponeOnHoliday} (遇节假日顺延). A one-off reception (a deputies' day held
 * once) has a {@code date} instead, and {@code from} and {@code until} are that date.
 */
public record ReceptionSchedule(
        List<Integer> monthlyDays,
        List<DayOfWeek> weekdays,
        String time,
        boolean postponeOnHoliday,
        LocalDate from,
        Optional<LocalDate> until,
        Optional<LocalDate> date) {

    public ReceptionSchedule {
        monthlyDays = List.copyOf(monthlyDays);
        weekdays = List.copyOf(weekdays);
    }

    /** A recurring schedule. */
    public ReceptionSchedule(List<Integer> monthlyDays, List<DayOfWeek> weekdays, String time,
            boolean postponeOnHoliday, LocalDate from, Optional<LocalDate> until) {
        this(monthlyDays, weekdays, time, postponeOnHoliday, from, until, Optional.empty());
    }

    /** A reception held once, on {@code date}. */
    public static ReceptionSchedule once(LocalDate date, String time) {
        return new ReceptionSchedule(List.of(), List.of(), time, false, date, Optional.of(date),
                Optional.of(date));
    }

    /** Whether a reception is scheduled on {@code day} (before any postponement). */
    public boolean on(LocalDate day) {
        return date.map(day::equals).orElse(false) || monthlyDays.contains(day.getDayOfMonth())
                || weekdays.contains(day.getDayOfWeek());
    }
}

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
 *
 * @param months the months receptions are held in (单月: 1, 3, … 11); empty for every month
 */
public record ReceptionSchedule(
        List<Integer> monthlyDays,
        List<DayOfWeek> weekdays,
        String time,
        boolean postponeOnHoliday,
        LocalDate from,
        Optional<LocalDate> until,
        Optional<LocalDate> date,
        List<Integer> months) {

    public ReceptionSchedule {
        monthlyDays = List.copyOf(monthlyDays);
        weekdays = List.copyOf(weekdays);
        months = List.copyOf(months);
    }

    /** A recurring schedule. */
    public ReceptionSchedule(List<Integer> monthlyDays, List<DayOfWeek> weekdays, String time,
            boolean postponeOnHoliday, LocalDate from, Optional<LocalDate> until) {
        this(monthlyDays, weekdays, time, postponeOnHoliday, from, until, Optional.empty(),
                List.of());
    }

    /** A reception held once, on {@code date}. */
    public static ReceptionSchedule once(LocalDate date, String time) {
        return new ReceptionSchedule(List.of(), List.of(), time, false, date, Optional.of(date),
                Optional.of(date), List.of());
    }

    /** Whether a reception is scheduled on {@code day} (before any postponement). */
    public boolean on(LocalDate day) {
        return date.map(day::equals).orElse(false)
                || (months.isEmpty() || months.contains(day.getMonthValue()))
                        && (monthlyDays.contains(day.getDayOfMonth())
                                || weekdays.contains(day.getDayOfWeek()));
    }
}

package org.noticeboard.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When receptions happen: on given days of each month or given weekdays, from a first date,
 * optionally until a last one; a date that falls on a non-working day moves to the next working
 * day when {@code postponeOnHoliday} (遇节假日顺延).
 */
public record ReceptionSchedule(
        List<Integer> monthlyDays,
        List<DayOfWeek> weekdays,
        String time,
        boolean postponeOnHoliday,
        LocalDate from,
        Optional<LocalDate> until) {

    public ReceptionSchedule {
        monthlyDays = List.copyOf(monthlyDays);
        weekdays = List.copyOf(weekdays);
    }
}

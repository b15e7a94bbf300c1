package org.noticeboard.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Public holidays and the adjusted working weekends (调休) of the years the built-in schedules
 * and the site's data file cover. Working-day arithmetic outside those years follows weekends only; callers warn.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, Set<Integer> years) {

    public static final WorkingCalendar EMPTY = new WorkingCalendar(Set.of(), Set.of(), Set.of());

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        years = Set.copyOf(years);
    }

    /**
     * This calendar with every year {@code site} covers taken from {@code site} instead: a
     * site's holiday file adds a year or replaces one whole, never mixes two schedules.
     */
    public WorkingCalendar overriddenBy(WorkingCalendar site) {
        java.util.function.Predicate<LocalDate> kept = d -> !site.years.contains(d.getYear());
        Set<LocalDate> h = new java.util.HashSet<>(site.holidays);
        Set<LocalDate> w = new java.util.HashSet<>(site.workdays);
        Set<Integer> y = new java.util.HashSet<>(site.years);
        holidays.stream().filter(kept).forEach(h::add);
        workdays.stream().filter(kept).forEach(w::add);
        y.addAll(years);
        return new WorkingCalendar(h, w, y);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The last day of a period of {@code days} working days starting on {@code start} (counted
     * from the first working day on or after it).
     */
    public LocalDate endOfWorkingDays(LocalDate start, int days) {
        LocalDate d = onOrAfter(start);
        for (int counted = 1; counted < days; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}

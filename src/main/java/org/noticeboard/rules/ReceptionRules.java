package org.noticeboard.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionOverride;
import org.noticeboard.model.ReceptionSchedule;
import org.noticeboard.model.WorkingCalendar;

/** 接待日: a current schedule has dates ahead, and holiday postponement has the data it needs. */
final class ReceptionRules {

    /** How far ahead pages show receptions; the holiday data must cover this window. */
    static final int WINDOW_DAYS = 62;

    static final Rule NO_FUTURE_DATE = Rule.warning("reception-no-future-date",
            "the reception schedule has no date in the next year",
            "extend 'until' or the overrides, or set 'expires' so the item moves to the archive");
    static final Rule OVERRIDE_OFF_SCHEDULE = Rule.warning("reception-override-off-schedule",
            "override date {date} is not a reception day of this schedule",
            "write the date of the reception it changes, as the schedule gives it");
    static final Rule HOLIDAYS_MISSING = Rule.warning("holidays-year-missing",
            "no holiday data for {year}: reception dates of {count} item(s) in {year} are not "
                    + "moved for public holidays",
            "add {year}'s public holidays and 调休 working days to this file");

    static final List<Rule> RULES = List.of(NO_FUTURE_DATE, OVERRIDE_OFF_SCHEDULE,
            HOLIDAYS_MISSING);

    void check(RuleContext c) {
        WorkingCalendar calendar = c.site().calendar();
        ReceptionDates dates = new ReceptionDates(calendar);
        Map<Integer, Integer> uncovered = new TreeMap<>();
        LocalDate today = c.today();
        for (Item item : c.site().items()) {
            if (!(item.details() instanceof Details.Reception reception)) {
                continue;
            }
            ReceptionSchedule s = reception.schedule();
            if (c.lifecycle().isCurrent(item)
                    && dates.between(item, today, today.plusDays(366)).isEmpty()) {
                c.report(NO_FUTURE_DATE, c.at(item, "schedule"), "schedule");
            }
            List<ReceptionOverride> overrides = reception.overrides();
            for (int i = 0; i < overrides.size(); i++) {
                LocalDate d = overrides.get(i).date();
                if (!onSchedule(s, calendar, d)) {
                    String path = "overrides." + i + ".date";
                    c.report(OVERRIDE_OFF_SCHEDULE, c.at(item, path), path, "date", d);
                }
            }
            if (s.postponeOnHoliday() && c.lifecycle().isCurrent(item)
                    && !calendar.years().isEmpty()) {
                for (int y = today.getYear(); y <= today.plusDays(WINDOW_DAYS).getYear(); y++) {
                    if (!calendar.covers(y)) {
                        uncovered.merge(y, 1, Integer::sum);
                    }
                }
            }
        }
        Position file = Position.of(c.contentPath(c.site().config().holidaysFile()));
        uncovered.forEach((year, count) ->
                c.report(HOLIDAYS_MISSING, file, "", "year", year, "count", count));
    }

    /** Whether {@code d} is a scheduled date, or the working day a holiday date moved to. */
    private static boolean onSchedule(ReceptionSchedule s, WorkingCalendar calendar,
            LocalDate d) {
        for (LocalDate day = d.minusDays(14); !day.isAfter(d); day = day.plusDays(1)) {
            boolean scheduled = s.on(day);
            LocalDate candidate = day;
            boolean inRange = !day.isBefore(s.from())
                    && s.until().map(u -> !candidate.isAfter(u)).orElse(true);
            if (scheduled && inRange && (day.equals(d)
                    || s.postponeOnHoliday() && calendar.onOrAfter(day).equals(d))) {
                return true;
            }
        }
        return false;
    }
}

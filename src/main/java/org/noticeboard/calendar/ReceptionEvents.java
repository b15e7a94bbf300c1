package org.noticeboard.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionOccurrence;
import org.noticeboard.model.ReceptionSchedule;
import org.noticeboard.model.Site;
import org.noticeboard.render.Urls;

/**
 * One reception schedule as iCalendar events: a master VEVENT whose RRULE is the schedule
 * (FREQ=MONTHLY;BYMONTHDAY=1,15 or FREQ=WEEKLY;BYDAY=WE), an EXDATE for each cancelled date, and
 * one VEVENT with RECURRENCE-ID for each date that differs from the rule — moved to the next
 * working day by a holiday, or with other receivers, place, time or a note. A moved date is an
 * override, not an EXDATE: an instance that EXDATE removes cannot be overridden, and calendar
 * programs then drop the moved reception altogether.
 *
 * <p>The dates come from {@link ReceptionDates}, the same expansion the site's upcoming lists
 * use. The rule ends {@link #HORIZON_DAYS} days after the build (or at the schedule's end):
 * holidays further ahead are not known, so dates there cannot be promised.
 */
final class ReceptionEvents {

    static final int HORIZON_DAYS = 365;

    private final Site site;
    private final Map<String, String> t;
    private final ZoneId zone;
    private final ReceptionDates dates;
    private final SiteZoneRegistry registry;

    ReceptionEvents(Site site, Map<String, String> messages, ZoneId zone) {
        this.site = site;
        this.t = messages;
        this.zone = zone;
        this.dates = new ReceptionDates(site.calendar());
        this.registry = new SiteZoneRegistry(zone);
    }

    List<VEvent> of(Item item) {
        Details.Reception r = (Details.Reception) item.details();
        ReceptionSchedule s = r.schedule();
        if (s.date().isPresent()) {
            return once(item, r, s.date().get());
        }
        LocalDate horizon = site.today().plusDays(HORIZON_DAYS);
        LocalDate last = s.until().filter(u -> u.isBefore(horizon)).orElse(horizon);
        List<LocalDate> ruleDates = new ArrayList<>();
        for (LocalDate d = s.from(); !d.isAfter(last); d = d.plusDays(1)) {
            if (s.on(d)) {
                ruleDates.add(d);
            }
        }
        if (ruleDates.isEmpty()) {
            return List.of();
        }
        // Postponement can move the last rule date past the window's end: look a month further.
        Map<LocalDate, ReceptionOccurrence> byRuleDate = new TreeMap<>();
        for (ReceptionOccurrence o : dates.between(item, s.from(), last.plusDays(31))) {
            if (!o.scheduled().isAfter(last)) {
                byRuleDate.put(o.scheduled(), o);
            }
        }
        TimeOfDay time = TimeOfDay.parse(s.time());
        String uid = item.id() + "@" + host();
        List<VEvent> out = new ArrayList<>();
        VEvent master = event(item, uid, ruleDates.get(0), time, r.location(),
                r.receivers(), "");
        master.add(new RRule<>(rule(s, time, last)));
        List<LocalDate> cancelled = ruleDates.stream().filter(d -> !byRuleDate.containsKey(d))
                .toList();
        if (!cancelled.isEmpty()) {
            DateList<Temporal> list = new DateList<>(cancelled.stream()
                    .map(time::start).toList());
            master.add(time.allDay() ? new ExDate<>(list)
                    : inZone(new ExDate<>(zoned(), list)));
        }
        out.add(master);
        for (ReceptionOccurrence o : byRuleDate.values()) {
            TimeOfDay own = TimeOfDay.parse(o.time());
            boolean differs = o.postponed() || !o.time().equals(s.time())
                    || !o.location().equals(r.location())
                    || !o.receivers().equals(r.receivers()) || !o.note().isEmpty();
            if (differs) {
                String note = o.postponed() && o.note().isEmpty()
                        ? t.getOrDefault("reception.postponed", "") : o.note();
                VEvent override = event(item, uid, o.date(), own, o.location(), o.receivers(),
                        note);
                Temporal original = time.start(o.scheduled());
                override.add(time.allDay() ? new RecurrenceId<>(original)
                        : inZone(new RecurrenceId<>(zoned(), original)));
                out.add(override);
            }
        }
        return out;
    }

    /** A reception held once: one event without a rule (or none when it is cancelled). */
    private List<VEvent> once(Item item, Details.Reception r, LocalDate date) {
        String uid = item.id() + "@" + host();
        return dates.between(item, date, date).stream().map(o -> event(item, uid, o.date(),
                TimeOfDay.parse(o.time()), o.location(), o.receivers(), o.note())).toList();
    }

    private VEvent event(Item item, String uid, LocalDate date, TimeOfDay time, String location,
            List<String> receivers, String note) {
        VEvent e = new VEvent(new PropertyList());
        e.add(new Uid(uid));
        e.add(new DtStamp(site.generatedAt().toInstant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS)));
        e.add(time.allDay() ? new DtStart<>(time.start(date))
                : inZone(new DtStart<>(zoned(), time.start(date))));
        e.add(time.allDay() ? new DtEnd<>(time.end(date))
                : inZone(new DtEnd<>(zoned(), time.end(date))));
        e.add(new Summary(item.title()));
        e.add(new Location(location));
        String who = t.getOrDefault("reception.receivers", "接待人") + "："
                + String.join("、", receivers);
        e.add(new Description(note.isEmpty() ? who : who + "\n" + note));
        if (site.config().hasBaseUrl()) {
            e.add(new Url(java.net.URI.create(site.config().baseUrl() + Urls.item(item))));
        }
        return e;
    }

    private Recur<Temporal> rule(ReceptionSchedule s, TimeOfDay time, LocalDate last) {
        Recur.Builder<Temporal> b = new Recur.Builder<>();
        if (!s.monthlyDays().isEmpty()) {
            b.frequency(Frequency.MONTHLY).monthDayList(s.monthlyDays().stream().sorted()
                    .toList());
        } else {
            b.frequency(Frequency.WEEKLY).dayList(s.weekdays().stream().sorted()
                    .map(ReceptionEvents::weekDay).toList());
        }
        if (!s.months().isEmpty()) {
            b.monthList(s.months().stream().map(net.fortuna.ical4j.model.Month::valueOf)
                    .toList());
        }
        // UNTIL is in UTC when DTSTART has a time zone (RFC 5545 3.3.10), a date otherwise.
        Temporal until = time.allDay() ? last : time.endInstant(last, zone);
        return b.until(until).build();
    }

    private <P extends DateProperty<?>> P inZone(P property) {
        property.setTimeZoneRegistry(registry);
        return property;
    }

    private <P extends DateListProperty<?>> P inZone(P property) {
        property.setTimeZoneRegistry(registry);
        return property;
    }

    private ParameterList zoned() {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static WeekDay weekDay(DayOfWeek d) {
        return WeekDay.getWeekDay(d);
    }

    /** The host of the base URL, or a name that says the site has none (UIDs stay unique). */
    private String host() {
        if (site.config().hasBaseUrl()) {
            String h = java.net.URI.create(site.config().baseUrl()).getHost();
            if (h != null) {
                return h;
            }
        }
        return "noticeboard." + site.config().indexPrefix().toLowerCase(java.util.Locale.ROOT)
                + ".invalid";
    }
}

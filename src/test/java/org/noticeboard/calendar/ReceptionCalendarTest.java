package org.noticeboard.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionOccurrence;
import org.noticeboard.model.Site;
import org.noticeboard.testing.TestSite;

/** Reception calendars parsed back with ical4j: rules, exceptions, stable ids, same bytes. */
class ReceptionCalendarTest {

    static final String DIRECTOR = """
            ---
            title: 主任接待日
            published: 2026-08-20
            kind: director
            schedule:
              weekdays: [wednesday]
              time: "09:00-11:30"
              postpone_on_holiday: true
              from: 2026-09-01
            location: 测试路1号接待室
            receivers: [张三（主任）]
            overrides:
              - {date: 2026-10-14, receivers: [李四（副主任）], note: 主任外出，由副主任接待}
              - {date: 2026-10-21, cancelled: true, note: 暂停一次}
            ---
            每周三上午接待。
            """;

    static final String DEPUTY = """
            ---
            title: 人大代表接待选民日
            published: 2026-08-20
            kind: deputy
            schedule:
              monthly_days: [1, 15]
              time: "14:00-16:30"
              postpone_on_holiday: true
              from: 2026-09-01
              until: 2027-06-30
            location: 东社区议事厅
            receivers: [王五（区人大代表）]
            ---
            每月1日、15日下午接待。
            """;

    @TempDir
    Path temp;

    private TestSite site(Path dir) {
        return TestSite.in(dir).today(LocalDate.of(2026, 9, 20))
                .file("street/reception/director.md", DIRECTOR)
                .file("east/reception/deputy.md", DEPUTY);
    }

    private static Calendar parse(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(file)));
    }

    private static List<VEvent> events(Calendar c, String uidStart) {
        return c.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(uidStart)).toList();
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse("");
    }

    @Test
    void weeklyScheduleIsARuleWithACancelledDateAndOverrides() throws Exception {
        TestSite test = site(temp);
        assertTrue(test.build().published());
        Calendar cal = parse(test.output().resolve("street/receptions.ics"));
        cal.validate();
        assertEquals("Asia/Shanghai", cal.getComponent("VTIMEZONE").orElseThrow()
                .getProperty("TZID").orElseThrow().getValue());
        List<VEvent> events = events(cal, "street/reception/director@");
        VEvent master = events.get(0);
        assertEquals("FREQ=WEEKLY;UNTIL=20270920T033000Z;BYDAY=WE", prop(master, "RRULE"));
        assertEquals("20260902T090000", prop(master, "DTSTART"));
        assertEquals("Asia/Shanghai", master.getProperty("DTSTART").orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        assertEquals("20261021T090000", prop(master, "EXDATE"));
        Map<String, VEvent> overrides = new TreeMap<>();
        events.stream().skip(1).forEach(e -> overrides.put(prop(e, "RECURRENCE-ID"), e));
        assertEquals(List.of("20261007T090000", "20261014T090000"),
                new ArrayList<>(overrides.keySet()));
        // 7 October is in the National Day holiday: moved to the next working day.
        assertEquals("20261008T090000", prop(overrides.get("20261007T090000"), "DTSTART"));
        VEvent stand = overrides.get("20261014T090000");
        assertEquals("20261014T090000", prop(stand, "DTSTART"));
        assertTrue(prop(stand, "DESCRIPTION").contains("李四（副主任）"), prop(stand, "DESCRIPTION"));
        assertEquals("测试路1号接待室", prop(master, "LOCATION"));
    }

    @Test
    void monthlyScheduleIsAMonthlyRuleEndingWithTheSchedule() throws Exception {
        TestSite test = site(temp);
        test.build();
        Calendar cal = parse(test.output().resolve("east/receptions.ics"));
        VEvent master = events(cal, "east/reception/deputy@").get(0);
        assertEquals("FREQ=MONTHLY;UNTIL=20270630T083000Z;BYMONTHDAY=1,15",
                prop(master, "RRULE"));
        assertEquals("", prop(master, "EXDATE"));
        assertEquals(1, events(parse(test.output().resolve("receptions.ics")),
                "east/reception/deputy@").stream().filter(e -> prop(e, "RRULE").length() > 0)
                .count(), "the site-wide calendar has every board's schedules");
    }

    /** Rule minus EXDATE, with overrides applied, gives exactly the dates the site lists. */
    @Test
    void calendarMeansTheSameDatesAsTheSite() throws Exception {
        TestSite test = site(temp);
        BuildResult result = test.build();
        Site model = result.site().orElseThrow();
        Calendar cal = parse(test.output().resolve("receptions.ics"));
        for (String id : List.of("street/reception/director", "east/reception/deputy")) {
            List<VEvent> events = events(cal, id + "@");
            VEvent master = events.get(0);
            @SuppressWarnings("unchecked")
            RRule<ZonedDateTime> rule = (RRule<ZonedDateTime>) master.getProperty("RRULE")
                    .orElseThrow();
            ZonedDateTime seed = (ZonedDateTime) master.getStartDate().orElseThrow().getDate();
            List<LocalDate> dates = new ArrayList<>();
            String exdates = prop(master, "EXDATE");
            Map<String, String> moved = new TreeMap<>();
            events.stream().skip(1).forEach(e -> moved.put(prop(e, "RECURRENCE-ID"),
                    prop(e, "DTSTART")));
            for (ZonedDateTime d : rule.getRecur().getDates(seed, seed,
                    seed.plusYears(2))) {
                String key = String.format("%04d%02d%02dT%02d%02d00", d.getYear(),
                        d.getMonthValue(), d.getDayOfMonth(), d.getHour(), d.getMinute());
                if (!exdates.contains(key)) {
                    dates.add(LocalDate.parse(moved.getOrDefault(key, key).substring(0, 8),
                            java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
                }
            }
            LocalDate last = rule.getRecur().getUntil() == null ? null
                    : LocalDate.ofInstant(java.time.Instant.from((Temporal) rule.getRecur()
                            .getUntil()), java.time.ZoneId.of("Asia/Shanghai"));
            List<LocalDate> expected = new ReceptionDates(model.calendar())
                    .between(model.item(id).orElseThrow(), seed.toLocalDate(),
                            last.plusDays(31)).stream()
                    .filter(o -> !o.scheduled().isAfter(last))
                    .map(ReceptionOccurrence::date).toList();
            assertEquals(expected, dates.stream().sorted().toList(), id);
            assertTrue(dates.size() >= 19, id + ": " + dates.size());
        }
    }

    @Test
    void sameInputGivesTheSameBytesAndTheSameIds() throws Exception {
        TestSite a = site(temp.resolve("a"));
        TestSite b = site(temp.resolve("b"));
        a.build();
        b.build();
        for (String path : List.of("receptions.ics", "street/receptions.ics",
                "east/receptions.ics")) {
            assertArrayEquals(Files.readAllBytes(a.output().resolve(path)),
                    Files.readAllBytes(b.output().resolve(path)), path);
        }
        String ics = Files.readString(a.output().resolve("street/receptions.ics"));
        assertTrue(ics.contains("UID:street/reception/director@noticeboard.test.invalid\r\n"));
        assertTrue(ics.contains("DTSTAMP:20260920T000000Z\r\n"), "DTSTAMP is the build clock");
    }

    @Test
    void boardPageLinksItsCalendar() throws Exception {
        TestSite test = site(temp);
        test.build();
        var board = Jsoup.parse(test.output().resolve("street/index.html").toFile(), "UTF-8");
        assertEquals(1, board.select("a[href=../street/receptions.ics]").size());
    }
}

package org.noticeboard.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;

/**
 * Writes a VCALENDAR of reception schedules. Everything in it comes from the content and the
 * build clock (DTSTAMP), so the same input gives the same bytes.
 */
final class ReceptionCalendar {

    private static final String END = "END:VCALENDAR\r\n";

    private final Site site;
    private final ReceptionEvents events;
    private final ZoneId zone;

    ReceptionCalendar(Site site, Map<String, String> messages) {
        this.site = site;
        this.zone = site.generatedAt().getZone();
        this.events = new ReceptionEvents(site, messages, zone);
    }

    /**
     * The calendar of the given events, each item's as {@link #events} wrote them. The
     * calendar's own lines are written by ical4j as a calendar without events, then the events
     * go in before its last line: every line ends in CRLF, so folding them apart gives the same
     * text as folding them together.
     */
    byte[] write(String name, List<String> itemEvents) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Noticeboard//Reception days//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(timeZone());
        // unfolded by ical4j (it folds by characters), folded here by octets
        StringBuilder out = new StringBuilder(LineFolding.fold(calendar.toString()));
        if (out.lastIndexOf(END) != out.length() - END.length()) {
            throw new IllegalStateException("ical4j wrote a calendar that does not end in " + END);
        }
        out.setLength(out.length() - END.length());
        itemEvents.forEach(out::append);
        out.append(END);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One reception schedule's VEVENTs as folded iCalendar lines (the same in every file). */
    String events(Item item) {
        StringBuilder text = new StringBuilder();
        for (VEvent event : events.of(item)) {
            text.append(event);
        }
        return LineFolding.fold(text.toString());
    }

    /**
     * The VTIMEZONE the events refer to. A zone with one fixed offset since 1992 (China: +08:00,
     * no daylight saving since 1991) needs one STANDARD observance; other zones take ical4j's
     * full definition.
     */
    VTimeZone timeZone() {
        var rules = zone.getRules();
        boolean fixed = rules.nextTransition(Instant.parse("1992-01-01T00:00:00Z")) == null;
        if (!fixed) {
            return TimeZoneRegistryFactory.getInstance().createRegistry()
                    .getTimeZone(zone.getId()).getVTimeZone();
        }
        ZoneOffset offset = rules.getOffset(site.generatedAt().toInstant());
        Observance standard = new Standard(new PropertyList(List.of(
                new DtStart<>(LocalDateTime.of(1992, 1, 1, 0, 0)),
                new TzOffsetFrom(offset),
                new TzOffsetTo(offset),
                new TzName(offset.getTotalSeconds() == 8 * 3600 ? "CST" : offset.getId()))));
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))),
                new ComponentList<>(List.of(standard)));
    }
}

package org.noticeboard.calendar;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * The site's one time zone, for the dates that carry its TZID. Without a registry of their own,
 * ical4j resolves the TZID every time it writes such a date, and each time copies the set of
 * every zone the JDK knows: that made the calendars a tenth of a large site's build. This
 * registry resolves it once, to what ical4j's own lookup gives
 * ({@link TimeZoneRegistry#getGlobalZoneId}), so the files are the same bytes.
 */
final class SiteZoneRegistry implements TimeZoneRegistry {

    private final String tzId;
    private final ZoneId zone;
    private final Map<String, ZoneRules> rules;

    SiteZoneRegistry(ZoneId site) {
        this.tzId = site.getId();
        this.zone = TimeZoneRegistry.getGlobalZoneId(tzId);
        this.rules = Map.of(tzId, site.getRules());
    }

    @Override
    public ZoneId getZoneId(String id) {
        return id.equals(tzId) ? zone : TimeZoneRegistry.getGlobalZoneId(id);
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return rules;
    }

    @Override
    public String getTzId(String id) {
        return id.equals(zone.getId()) ? tzId : null;
    }

    @Override
    public TimeZone getTimeZone(String id) {
        throw new UnsupportedOperationException("the site's calendars write their own VTIMEZONE");
    }

    @Override
    public void register(TimeZone timezone) {
        throw new UnsupportedOperationException("the site has one time zone");
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        throw new UnsupportedOperationException("the site has one time zone");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("the site has one time zone");
    }
}

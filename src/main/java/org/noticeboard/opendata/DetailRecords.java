package org.noticeboard.opendata;

import static org.noticeboard.opendata.ItemRecords.date;
import static org.noticeboard.opendata.ItemRecords.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Locale;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.Material;
import org.noticeboard.model.Post;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionOccurrence;
import org.noticeboard.model.ReceptionOverride;
import org.noticeboard.model.Site;
import org.noticeboard.model.TimeLimit;

/** Writes the type-specific part of an item's record; an empty object for types without one. */
final class DetailRecords {

    /** How far ahead a reception's coming dates are listed. */
    static final int UPCOMING_DAYS = 62;

    private final Site site;

    DetailRecords(Site site) {
        this.site = site;
    }

    void write(JsonGenerator g, Item item) throws IOException {
        g.writeStartObject();
        Details d = item.details();
        if (d instanceof Details.Procedure p) {
            procedure(g, p);
        } else if (d instanceof Details.Notice n) {
            g.writeObjectFieldStart("posting");
            g.writeStringField("start", n.posting().start().toString());
            g.writeStringField("end", n.posting().end().toString());
            g.writeNumberField("days", n.posting().days());
            g.writeStringField("day_type", n.posting().workingDays() ? "working" : "calendar");
            g.writeStringField("status", site.lifecycle().noticeStatus(item)
                    .map(s -> s.id()).orElse(""));
            g.writeEndObject();
            g.writeStringField("kind", n.kind().written());
            g.writeObjectFieldStart("objections");
            g.writeStringField("contact", n.objectionContact());
            g.writeStringField("phone", n.objectionPhone());
            g.writeStringField("address", n.objectionAddress());
            g.writeEndObject();
            g.writeStringField("result", n.result().orElse(null));
        } else if (d instanceof Details.Reception r) {
            reception(g, item, r);
        } else if (d instanceof Details.Supervision s) {
            g.writeStringField("inspected", s.inspected().toString());
            g.writeStringField("method", s.method());
            g.writeStringField("period", s.period());
            g.writeStringField("inspector", s.inspector());
        } else if (d instanceof Details.Responsibility r) {
            g.writeArrayFieldStart("posts");
            for (Post p : r.posts()) {
                g.writeStartObject();
                g.writeStringField("post", p.post());
                g.writeStringField("person", p.person());
                g.writeStringField("stand_in", p.standIn());
                g.writeStringField("duties", p.duties());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (d instanceof Details.Commitment c) {
            strings(g, "commitments", c.commitments());
        }
        g.writeEndObject();
    }

    private static void procedure(JsonGenerator g, Details.Procedure p) throws IOException {
        g.writeStringField("applicants", p.applicants());
        strings(g, "conditions", p.conditions());
        g.writeArrayFieldStart("materials");
        for (Material m : p.materials()) {
            g.writeStartObject();
            g.writeStringField("name", m.name());
            g.writeStringField("form", m.form());
            g.writeNumberField("count", m.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "steps", p.steps());
        timeLimit(g, "time_limit", p.timeLimit());
        timeLimit(g, "statutory_time_limit", p.statutoryTimeLimit());
        g.writeStringField("fee", p.fee());
        g.writeStringField("fee_basis", p.feeBasis());
        strings(g, "legal_basis", p.legalBasis());
        g.writeStringField("location", p.location());
        g.writeStringField("hours", p.hours());
        g.writeStringField("phone", p.phone());
        strings(g, "phones", p.phones());
        g.writeStringField("time_limit_note", p.timeLimitNote());
        g.writeStringField("complaint_phone", p.complaintPhone());
    }

    private static void timeLimit(JsonGenerator g, String name, TimeLimit limit)
            throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", limit.text());
        g.writeStringField("unit", limit.unit().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("amount", limit.amount());
        g.writeEndObject();
    }

    private void reception(JsonGenerator g, Item item, Details.Reception r) throws IOException {
        g.writeStringField("kind", r.kind());
        g.writeObjectFieldStart("schedule");
        g.writeArrayFieldStart("monthly_days");
        for (int day : r.schedule().monthlyDays()) {
            g.writeNumber(day);
        }
        g.writeEndArray();
        strings(g, "weekdays", r.schedule().weekdays().stream()
                .map(DayOfWeek::name).map(s -> s.toLowerCase(Locale.ROOT)).toList());
        g.writeStringField("time", r.schedule().time());
        g.writeBooleanField("postpone_on_holiday", r.schedule().postponeOnHoliday());
        date(g, "date", r.schedule().date());
        g.writeArrayFieldStart("months");
        for (int month : r.schedule().months()) {
            g.writeNumber(month);
        }
        g.writeEndArray();
        g.writeStringField("from", r.schedule().from().toString());
        date(g, "until", r.schedule().until());
        g.writeEndObject();
        g.writeStringField("location", r.location());
        strings(g, "receivers", r.receivers());
        g.writeArrayFieldStart("overrides");
        for (ReceptionOverride o : r.overrides()) {
            g.writeStartObject();
            g.writeStringField("date", o.date().toString());
            strings(g, "receivers", o.receivers());
            g.writeStringField("location", o.location());
            g.writeStringField("time", o.time());
            g.writeBooleanField("cancelled", o.cancelled());
            g.writeStringField("note", o.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("upcoming");
        for (ReceptionOccurrence o : new ReceptionDates(site.calendar())
                .between(item, site.today(), site.today().plusDays(UPCOMING_DAYS))) {
            g.writeStartObject();
            g.writeStringField("date", o.date().toString());
            g.writeStringField("scheduled", o.scheduled().toString());
            g.writeStringField("time", o.time());
            g.writeStringField("location", o.location());
            strings(g, "receivers", o.receivers());
            g.writeStringField("note", o.note());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}

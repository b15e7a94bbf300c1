package org.noticeboard.render;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.NoticeStatus;
import org.noticeboard.model.ReceptionDates;
import org.noticeboard.model.ReceptionSchedule;
import org.noticeboard.model.Site;
import org.noticeboard.model.TimeLimit;

/**
 * The type-specific part of an item page as plain values for the {@code details/<type>}
 * partials: everything already formatted, so templates hold no logic.
 */
final class DetailsViews {

    private final Site site;
    private final Map<String, String> t;
    private final DateText dates;

    DetailsViews(Site site, Map<String, String> t, DateText dates) {
        this.site = site;
        this.t = t;
        this.dates = dates;
    }

    Map<String, Object> of(Item item, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        Details d = item.details();
        if (d instanceof Details.Procedure p) {
                m.put("applicants", p.applicants());
                m.put("conditions", p.conditions());
                m.put("materials", p.materials().stream().map(x -> Map.of(
                        "name", x.name(), "form", x.form(), "count", x.count())).toList());
                m.put("steps", p.steps());
                m.put("timeLimit", limit(p.timeLimit()));
                m.put("statutoryTimeLimit", limit(p.statutoryTimeLimit()));
                m.put("timeLimitNote", p.timeLimitNote());
                m.put("fee", p.fee());
                m.put("feeBasis", p.feeBasis());
                m.put("legalBasis", p.legalBasis());
                m.put("location", p.location());
                m.put("hours", p.hours());
                m.put("phones", p.phones());
                m.put("complaintPhone", p.complaintPhone());
        } else if (d instanceof Details.Notice n) {
                NoticeStatus status = site.lifecycle().noticeStatus(item).orElseThrow();
                NoticeWording words = NoticeWording.of(t, n);
                m.put("kindId", n.kind().id());
                m.put("periodLabel", words.period());
                m.put("statusLabel", words.statusLabel());
                m.put("feedback", words.feedback());
                m.put("period", dates.period(n.posting()));
                m.put("length", n.posting().days() > 0 ? n.posting().days()
                        + (n.posting().workingDays() ? t.get("unit.working_days")
                                : t.get("unit.days")) : "");
                m.put("status", words.status(status));
                m.put("statusId", status.id());
                m.put("objectionsOpen", n.kind().takesFeedback() && (status == NoticeStatus.OPEN
                        || status == NoticeStatus.ANNOUNCED));
                m.put("contact", n.objectionContact());
                m.put("phone", n.objectionPhone());
                m.put("address", n.objectionAddress());
        } else if (d instanceof Details.Reception r) {
                m.put("kind", t.get("reception." + r.kind()));
                m.put("schedule", schedule(r.schedule()));
                m.put("location", r.location());
                m.put("receivers", r.receivers());
                LocalDate today = site.today();
                m.put("upcoming", new ReceptionDates(site.calendar())
                        .between(item, today, today.plusDays(62)).stream()
                        .map(o -> new ViewFactoryReception(o, dates, t).asMap()).toList());
        } else if (d instanceof Details.Supervision s) {
                m.put("inspected", dates.date(s.inspected()));
                m.put("method", t.get("supervision.method." + s.method()));
                m.put("period", s.period());
                m.put("inspector", s.inspector());
        } else if (d instanceof Details.Responsibility r) {
            m.put("posts", r.posts().stream().map(p -> Map.of(
                    "post", p.post(), "person", p.person(), "standIn", p.standIn(),
                    "duties", p.duties())).toList());
        } else if (d instanceof Details.Commitment c) {
            m.put("commitments", c.commitments());
        }
        return m;
    }

    /** As written, except that 未规定 and 上级规定 read as the theme words them. */
    private String limit(TimeLimit limit) {
        return switch (limit.unit()) {
            case NOT_SET -> t.get("procedure.time_limit.not_set");
            case HIGHER_AUTHORITY -> t.get("procedure.time_limit.higher_authority");
            default -> limit.text();
        };
    }

    private String schedule(ReceptionSchedule s) {
        boolean zh = !dates.language().startsWith("en");
        StringBuilder out = new StringBuilder();
        if (s.date().isPresent()) {
            out.append(dates.date(s.date().get())).append(zh ? " " : ", ")
                    .append(dates.weekday(s.date().get()))
                    .append(zh ? "（" + t.get("reception.once") + "）"
                            : " (" + t.get("reception.once") + ")");
        } else if (!s.monthlyDays().isEmpty()) {
            List<String> days = s.monthlyDays().stream().map(d -> zh ? d + "日" : ordinal(d))
                    .toList();
            String parity = parity(s, zh);
            out.append(zh ? (parity.isEmpty() ? "每月" : "每逢" + parity) + String.join("、", days)
                    : "On the " + String.join(" and ", days) + " of "
                            + (parity.isEmpty() ? "each month" : parity));
        } else {
            List<String> days = s.weekdays().stream().map(d -> d.getDisplayName(
                    java.time.format.TextStyle.FULL,
                    zh ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH)).toList();
            String parity = parity(s, zh);
            out.append(zh ? parity + "每" + String.join("、", days) : "Every " + String.join(
                    " and ", days) + (parity.isEmpty() ? "" : " of " + parity));
        }
        out.append(zh ? " " : ", ").append(s.time());
        if (s.postponeOnHoliday()) {
            out.append(zh ? "（遇法定节假日顺延）" : " (postponed to the next working day on holidays)");
        }
        return out.toString();
    }

    /** 单月 / 双月 (odd months / even months), or empty for every month. */
    private static String parity(ReceptionSchedule s, boolean zh) {
        if (s.months().isEmpty()) {
            return "";
        }
        boolean odd = s.months().get(0) % 2 == 1;
        return zh ? (odd ? "单月" : "双月") : (odd ? "odd months" : "even months");
    }

    private static String ordinal(int d) {
        String suffix = d % 10 == 1 && d != 11 ? "st" : d % 10 == 2 && d != 12 ? "nd"
                : d % 10 == 3 && d != 13 ? "rd" : "th";
        return d + suffix;
    }

    /** One upcoming reception of this item, formatted. */
    private record ViewFactoryReception(org.noticeboard.model.ReceptionOccurrence o,
            DateText dates, Map<String, String> t) {
        Map<String, Object> asMap() {
            return Map.of("date", dates.date(o.date()), "isoDate", o.date().toString(),
                    "weekday", dates.weekday(o.date()), "time", o.time(),
                    "location", o.location(), "receivers", o.receivers(),
                    "note", o.postponed() && o.note().isEmpty() ? t.get("reception.postponed")
                            : o.note());
        }
    }
}

package org.noticeboard.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.noticeboard.model.CatalogueEntry;
import org.noticeboard.model.Item;
import org.noticeboard.model.Timeliness;
import org.noticeboard.model.WorkingCalendar;

/**
 * 公开时限 (条例第二十六条): information is published within the catalogue's limit, by default 20
 * working days, after it is formed or changed. Counted in working days with 调休 from the
 * holiday data, from {@code formed} (or, without it, {@code written}), for the items the site's
 * {@code timeliness} setting covers.
 */
final class TimelinessRules {

    static final Rule LATE = Rule.warning("disclosure-late",
            "published on {published}, {days} working days after '{field}' ({formed}); the "
                    + "time limit of disclosure (公开时限) is {limit} working days",
            "publish within {limit} working days of the date the information was formed or "
                    + "changed; if it was formed later than '{field}' says, write 'formed: "
                    + "YYYY-MM-DD'");

    static final List<Rule> RULES = List.of(LATE);

    void check(RuleContext context) {
        Optional<Timeliness> scope = context.site().config().timeliness();
        if (scope.isEmpty()) {
            return;
        }
        for (Item item : context.site().items()) {
            if (!scope.get().appliesTo(item)) {
                continue;
            }
            context.file(item.id()).ifPresent(file -> context.perFile("disclosure-late", file,
                    item, c -> {
                        Optional<LocalDate> formed = file.fields().date("formed");
                        String field = formed.isPresent() ? "formed" : "written";
                        formed.or(item::written).ifPresent(from -> check(c, item, field, from));
                    }));
        }
    }

    private void check(RuleContext c, Item item, String field, LocalDate formed) {
        LocalDate published = item.published().orElseThrow();
        int limit = limit(c, item);
        int days = workingDaysAfter(c.site().calendar(), formed, published);
        if (days > limit) {
            c.report(LATE, c.at(item, "published"), "published", "published", published,
                    "days", days, "field", field, "formed", formed, "limit", limit);
        }
    }

    /** The strictest limit of the catalogue rows the item fulfils on its board, else 20. */
    private static int limit(RuleContext c, Item item) {
        return c.site().config().catalogue().stream()
                .filter(e -> e.appliesTo(item.board()) && e.fulfilledBy(item))
                .mapToInt(CatalogueEntry::timeLimitDays).min()
                .orElse(Timeliness.DEFAULT_WORKING_DAYS);
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when not after. */
    static int workingDaysAfter(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }
}

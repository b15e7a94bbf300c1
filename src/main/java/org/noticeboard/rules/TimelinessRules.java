package org.noticeboard.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.noticeboard.diag.Position;
import org.noticeboard.model.CatalogueEntry;
import org.noticeboard.model.Item;
import org.noticeboard.model.Timeliness;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.schema.Fields;
import org.noticeboard.validate.ValidatedFile;

/**
 * 公开时限 (条例第二十六条): information is published within the catalogue's limit, by default 20
 * working days, after it is formed or changed. Counted in working days with 调休 from the
 * holiday data, from {@code formed} (or, without it, {@code written}), for the items the site's
 * {@code timeliness} setting covers. Drafts whose deadline is near or past are listed too, so
 * the office publishes them in time.
 */
final class TimelinessRules {

    static final Rule LATE = Rule.warning("disclosure-late",
            "published on {published}, {days} working days after '{field}' ({formed}); the "
                    + "time limit of disclosure (公开时限) is {limit} working days",
            "publish within {limit} working days of the date the information was formed or "
                    + "changed; if it was formed later than '{field}' says, write 'formed: "
                    + "YYYY-MM-DD'");

    static final Rule DRAFT_DUE = Rule.warning("disclosure-deadline-near",
            "this draft must be published by {deadline}, {limit} working days after '{field}' "
                    + "({formed}); {left} working days are left",
            "publish it in time (remove 'draft: true'), or write 'formed:' if the information "
                    + "was formed later");
    static final Rule DRAFT_OVERDUE = Rule.warning("disclosure-deadline-passed",
            "this draft was due for publication on {deadline}, {limit} working days after "
                    + "'{field}' ({formed})",
            "publish it now (remove 'draft: true'); 公开时限 is 条例第二十六条");

    /** How many working days ahead a draft's deadline is reported. */
    static final int NEAR_WORKING_DAYS = 5;

    static final List<Rule> RULES = List.of(LATE, DRAFT_DUE, DRAFT_OVERDUE);

    void check(RuleContext context) {
        Optional<Timeliness> scope = context.site().config().timeliness();
        if (scope.isEmpty()) {
            return;
        }
        drafts(context, scope.get());
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

    /** Drafts are not items yet: their deadline comes from the file. */
    private void drafts(RuleContext c, Timeliness scope) {
        WorkingCalendar calendar = c.site().calendar();
        for (ValidatedFile file : c.files()) {
            Fields f = file.fields();
            if (!f.flag("draft") || !scope.boards().contains(file.board().slug())) {
                continue;
            }
            String field = f.has("formed") ? "formed" : "written";
            Optional<LocalDate> formed = f.date(field);
            if (formed.isEmpty()) {
                continue;
            }
            int limit = limit(c, file.board().slug(), file.type().id(), f.text("topic"));
            LocalDate deadline = calendar.endOfWorkingDays(formed.get().plusDays(1), limit);
            if (deadline.isBefore(scope.from())) {
                continue;
            }
            Position at = RuleContext.at(file, "draft");
            if (deadline.isBefore(c.today())) {
                c.report(DRAFT_OVERDUE, at, "draft", "deadline", deadline, "limit", limit,
                        "field", field, "formed", formed.get());
            } else {
                int left = workingDaysAfter(calendar, c.today(), deadline);
                if (left <= NEAR_WORKING_DAYS) {
                    c.report(DRAFT_DUE, at, "draft", "deadline", deadline, "limit", limit,
                            "field", field, "formed", formed.get(), "left", left);
                }
            }
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
        return limit(c, item.board(), item.type().id(), item.topic());
    }

    private static int limit(RuleContext c, String board, String type, String topic) {
        return c.site().config().catalogue().stream()
                .filter(e -> e.appliesTo(board) && e.fulfilledBy(type, topic))
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

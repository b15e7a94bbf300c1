package org.noticeboard.assemble;

import java.time.LocalDate;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Details;
import org.noticeboard.model.Material;
import org.noticeboard.model.Post;
import org.noticeboard.model.PostingPeriod;
import org.noticeboard.model.ReceptionOverride;
import org.noticeboard.model.ReceptionSchedule;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.parse.YamlDocument;
import org.noticeboard.schema.Fields;
import org.noticeboard.validate.ValidatedFile;

/** Turns a validated file's type-specific fields into its {@link Details} record. */
final class DetailsReader {

    private final WorkingCalendar calendar;

    DetailsReader(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Optional<Details> read(ValidatedFile file, Diagnostics diagnostics) {
        Fields f = file.fields();
        return switch (file.type()) {
            case PROCEDURE -> DocumentKinds.limitsExplained(file, diagnostics).map(note -> new Details.Procedure(
                    f.text("applicants"), f.texts("conditions"),
                    f.maps("materials").stream()
                            .map(m -> new Material(m.text("name"), m.text("form"),
                                    m.integer("count", 1))).toList(),
                    f.texts("steps"),
                    f.timeLimit("time_limit").orElseThrow(),
                    f.timeLimit("statutory_time_limit").orElseThrow(), note,
                    f.text("fee"), f.text("fee_basis"), f.texts("legal_basis"),
                    f.text("location"), f.text("hours"), f.texts("phone"),
                    f.text("complaint_phone")));
            case NOTICE -> DocumentKinds.notice(file, diagnostics).flatMap(kind -> posting(file, diagnostics)
                    .map(p -> new Details.Notice(kind, p,
                            f.map("objections").text("contact"), f.map("objections").text("phone"),
                            f.map("objections").text("address"),
                            f.has("result") ? Optional.of(f.text("result")) : Optional.empty())));
            case RECEPTION -> schedule(file, diagnostics).map(s -> new Details.Reception(
                    f.text("kind"), s, f.text("location"), f.texts("receivers"),
                    f.maps("overrides").stream().map(o -> new ReceptionOverride(
                            o.date("date").orElseThrow(), o.texts("receivers"), o.text("location"),
                            o.text("time"), o.flag("cancelled"), o.text("note"))).toList()));
            case SUPERVISION -> DocumentKinds.supervision(file, diagnostics).map(method ->
                    new Details.Supervision(f.date("inspected").orElseThrow(), method,
                            f.text("period"), f.text("inspector")));
            case RESPONSIBILITY -> Optional.of(new Details.Responsibility(
                    f.maps("posts").stream().map(p -> new Post(p.text("post"), p.text("person"),
                            p.text("stand_in"), p.text("duties"))).toList()));
            case COMMITMENT -> Optional.of(new Details.Commitment(f.texts("commitments")));
            case POLICY, PAGE -> Optional.of(new Details.None());
        };
    }

    private Optional<PostingPeriod> posting(ValidatedFile file, Diagnostics diagnostics) {
        Fields p = file.fields().map("posting");
        LocalDate start = p.date("start").orElseThrow();
        boolean working = "working".equals(p.text("day_type"));
        if (p.has("days") == p.has("end")) {
            error(file, "posting", diagnostics, Message.of("posting-days-or-end"));
            return Optional.empty();
        }
        if (p.has("end")) {
            LocalDate end = p.date("end").get();
            if (end.isBefore(start)) {
                error(file, "posting.end", diagnostics,
                        Message.of("posting-end-before-start", "end", end, "start", start));
                return Optional.empty();
            }
            return Optional.of(new PostingPeriod(start, end, 0, false));
        }
        int days = p.integer("days", 0);
        if (days < 1) {
            error(file, "posting.days", diagnostics, Message.of("posting-days-zero"));
            return Optional.empty();
        }
        if (working) {
            LocalDate end = calendar.endOfWorkingDays(start, days);
            warnUncoveredYears(file, start, end, diagnostics);
            return Optional.of(new PostingPeriod(start, end, days, true));
        }
        return Optional.of(new PostingPeriod(start, start.plusDays(days - 1L), days, false));
    }

    private void warnUncoveredYears(ValidatedFile file, LocalDate start, LocalDate end,
            Diagnostics d) {
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            if (!calendar.covers(year)) {
                YamlDocument doc = file.parsed().frontMatter();
                d.warning(new Position(file.parsed().source().displayPath(),
                                doc.lineOf("posting.days"), doc.columnOf("posting.days")),
                        "posting.days", Message.of("working-days-year-missing", "year", year));
            }
        }
    }

    private Optional<ReceptionSchedule> schedule(ValidatedFile file, Diagnostics diagnostics) {
        Fields s = file.fields().map("schedule");
        int ways = (s.integers("monthly_days").isEmpty() ? 0 : 1)
                + (s.weekdays("weekdays").isEmpty() ? 0 : 1) + (s.has("date") ? 1 : 0);
        if (ways != 1) {
            error(file, "schedule", diagnostics, Message.of("schedule-days"));
            return Optional.empty();
        }
        if (s.has("date")) {
            return OneOffReception.read(file, s, diagnostics);
        }
        if (!s.has("from")) {
            error(file, "schedule", diagnostics, Message.of("schedule-needs-from"));
            return Optional.empty();
        }
        Optional<LocalDate> until = s.date("until");
        LocalDate from = s.date("from").orElseThrow();
        if (until.isPresent() && until.get().isBefore(from)) {
            error(file, "schedule.until", diagnostics, Message.of("schedule-until-before-from"));
            return Optional.empty();
        }
        return Optional.of(new ReceptionSchedule(s.integers("monthly_days"),
                s.weekdays("weekdays"), s.text("time"), s.flag("postpone_on_holiday"), from,
                until, Optional.empty(), months(s.text("months"))));
    }

    /** 单月 or 双月 as month numbers; every month when not given. */
    private static java.util.List<Integer> months(String parity) {
        int first = switch (parity) {
            case "单月" -> 1;
            case "双月" -> 2;
            default -> 0;
        };
        return first == 0 ? java.util.List.of()
                : java.util.stream.IntStream.iterate(first, m -> m <= 12, m -> m + 2).boxed()
                        .toList();
    }

    static void error(ValidatedFile file, String field, Diagnostics diagnostics,
            Message message) {
        YamlDocument doc = file.parsed().frontMatter();
        diagnostics.error(new Position(file.parsed().source().displayPath(), doc.lineOf(field),
                doc.columnOf(field)), field, message);
    }

    /** An error about {@code field} shown at the line of {@code at} (a missing field has none). */
    static void error(ValidatedFile file, String at, String field, Diagnostics diagnostics,
            Message message) {
        YamlDocument doc = file.parsed().frontMatter();
        diagnostics.error(new Position(file.parsed().source().displayPath(), doc.lineOf(at),
                doc.columnOf(at)), field, message);
    }
}

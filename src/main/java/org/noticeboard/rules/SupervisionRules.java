package org.noticeboard.rules;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.noticeboard.model.Board;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;

/** 监督检查: each board's latest result is no older than the interval site.yaml sets for it. */
final class SupervisionRules {

    static final Rule OVERDUE = Rule.warning("supervision-overdue",
            "the latest supervision result of {board} was inspected on {date}, {age} days ago; "
                    + "the interval is {interval} days",
            "publish the next 监督检查结果, or change supervision_interval_days in site.yaml");

    static final List<Rule> RULES = List.of(OVERDUE);

    void check(RuleContext c) {
        for (Board board : c.site().config().boards()) {
            c.site().items().stream()
                    .filter(i -> i.board().equals(board.slug()))
                    .filter(i -> i.details() instanceof Details.Supervision)
                    .filter(c.lifecycle()::isPublished)
                    .max(Comparator.comparing(SupervisionRules::inspected))
                    .ifPresent(latest -> {
                        long age = ChronoUnit.DAYS.between(inspected(latest), c.today());
                        if (age > board.supervisionIntervalDays()) {
                            c.report(OVERDUE, c.at(latest, "inspected"), "inspected",
                                    "board", board.name(), "date", inspected(latest),
                                    "age", age, "interval", board.supervisionIntervalDays());
                        }
                    });
        }
    }

    private static java.time.LocalDate inspected(Item item) {
        return ((Details.Supervision) item.details()).inspected();
    }
}

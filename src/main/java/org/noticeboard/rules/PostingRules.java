package org.noticeboard.rules;

import java.util.List;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.PostingPeriod;

/** 公示期: long enough for residents to object, and not cut short by an early result. */
final class PostingRules {

    static final Rule TOO_SHORT = Rule.error("posting-too-short",
            "the posting period lasts {length} days, less than the minimum of {minimum} days",
            "公示期 must be at least {minimum} calendar days (minimum_posting_days in site.yaml): "
                    + "write 'days: {minimum}' or an end date on or after {earliest}");
    static final Rule RESULT_BEFORE_END = Rule.warning("result-before-posting-ends",
            "the result '{result}' is published on {published}, before the posting period "
                    + "ends on {end}",
            "publish the result after the posting period, when every objection has been heard");

    static final List<Rule> RULES = List.of(TOO_SHORT, RESULT_BEFORE_END);

    void check(RuleContext c) {
        int minimum = c.site().config().minimumPostingDays().getOrDefault("notice", 0);
        for (Item item : c.site().items()) {
            if (!(item.details() instanceof Details.Notice notice)) {
                continue;
            }
            PostingPeriod p = notice.posting();
            if (p.calendarLength() < minimum) {
                String field = p.days() > 0 ? "posting.days" : "posting.end";
                c.report(TOO_SHORT, c.at(item, field), field, "length", p.calendarLength(),
                        "minimum", minimum, "earliest", p.start().plusDays(minimum - 1L));
            }
            notice.result().flatMap(c.site()::item)
                    .flatMap(Item::published)
                    .filter(d -> !d.isAfter(p.end()))
                    .ifPresent(d -> c.report(RESULT_BEFORE_END, c.at(item, "result"), "result",
                            "result", notice.result().get(), "published", d, "end", p.end()));
        }
    }
}

package org.noticeboard.assemble;

import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.model.ReceptionSchedule;
import org.noticeboard.schema.Fields;
import org.noticeboard.validate.ValidatedFile;

/**
 * A reception held once ({@code schedule.date}): a deputies' day called for one date needs no
 * invented monthly rule. The recurring fields make no sense beside it and are refused.
 */
final class OneOffReception {

    private OneOffReception() {}

    static Optional<ReceptionSchedule> read(ValidatedFile file, Fields s,
            Diagnostics diagnostics) {
        for (String recurring : new String[] {"from", "until", "postpone_on_holiday", "months"}) {
            if (s.has(recurring)) {
                DetailsReader.error(file, "schedule." + recurring, diagnostics,
                        Message.of("schedule-once-recurring-field", "name", recurring));
                return Optional.empty();
            }
        }
        return Optional.of(ReceptionSchedule.once(s.date("date").orElseThrow(), s.text("time")));
    }
}

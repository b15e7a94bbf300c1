package org.noticeboard.assemble;

import java.util.List;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.NoticeKind;
import org.noticeboard.model.TimeLimit;
import org.noticeboard.schema.Fields;
import org.noticeboard.validate.ValidatedFile;

/**
 * What a document's kind lets it leave out: a 公告 has no objection box, a 暗访 covers no
 * period, a time limit no law sets is 未规定. Each may be left out only where the kind allows,
 * and an absence must say why; otherwise the editor is told what to write.
 */
final class DocumentKinds {

    private DocumentKinds() {}

    /** A notice's kind; objections belong to the kinds that take them, and only to those. */
    static Optional<NoticeKind> notice(ValidatedFile file, Diagnostics diagnostics) {
        Fields f = file.fields();
        NoticeKind kind = NoticeKind.of(f.text("kind")).orElse(NoticeKind.PUBLICITY);
        if (kind.takesFeedback() && !f.has("objections")) {
            // a missing field has no line: point at the kind, or at the posting period
            DetailsReader.error(file, f.has("kind") ? "kind" : "posting", "objections",
                    diagnostics, "a " + kind.written() + " needs 'objections': where residents "
                            + "send " + (kind == NoticeKind.PUBLICITY ? "objections" : "comments")
                            + " while it is posted",
                    "add 'objections: {contact: 民政科, phone: \"010-65212347\"}', or set "
                            + "'kind: 公告' if the notice only informs");
            return Optional.empty();
        }
        if (!kind.takesFeedback() && f.has("objections")) {
            DetailsReader.error(file, "objections", diagnostics, "a " + kind.written()
                    + " takes no objections, but 'objections' is given",
                    "remove 'objections', or set 'kind: 公示' if residents may object");
            return Optional.empty();
        }
        return Optional.of(kind);
    }

    /** 定期 inspections cover a period; others need not invent one. */
    static Optional<String> supervision(ValidatedFile file, Diagnostics diagnostics) {
        Fields f = file.fields();
        String method = f.has("method") ? f.text("method") : "定期";
        if (method.equals("定期") && !f.has("period")) {
            DetailsReader.error(file, "inspected", diagnostics,
                    "a regular (定期) inspection needs 'period', the period it covers",
                    "add 'period: 2026年第三季度', or 'method: 不定期' / 'method: 暗访' for an "
                            + "inspection that covers no period");
            return Optional.empty();
        }
        return Optional.of(method);
    }

    /** 未规定 and 上级规定 say no number is written here; the note says why, or where it is. */
    static Optional<String> limitsExplained(ValidatedFile file, Diagnostics diagnostics) {
        Fields f = file.fields();
        for (String field : List.of("time_limit", "statutory_time_limit")) {
            TimeLimit limit = f.timeLimit(field).orElseThrow();
            if (!limit.unit().measured() && !f.has("time_limit_note")) {
                DetailsReader.error(file, field, diagnostics, "'" + field + "' is "
                        + limit.text() + " but 'time_limit_note' does not give the basis",
                        "add 'time_limit_note:' saying which rule leaves it open or which "
                                + "authority sets it, e.g. 由区民政局审批，时限以区级办事指南为准");
                return Optional.empty();
            }
        }
        return Optional.of(f.text("time_limit_note"));
    }
}

package org.noticeboard.assemble;

import java.util.List;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
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
                    diagnostics, Message.of("notice-needs-objections", "kind", kind.written(),
                            "feedback", kind == NoticeKind.PUBLICITY
                                    ? "word.objections" : "word.comments"));
            return Optional.empty();
        }
        if (!kind.takesFeedback() && f.has("objections")) {
            DetailsReader.error(file, "objections", diagnostics,
                    Message.of("notice-takes-no-objections", "kind", kind.written()));
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
                    Message.of("inspection-needs-period"));
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
                DetailsReader.error(file, field, diagnostics, Message.of("time-limit-needs-note",
                        "name", field, "value", limit.text()));
                return Optional.empty();
            }
        }
        return Optional.of(f.text("time_limit_note"));
    }
}

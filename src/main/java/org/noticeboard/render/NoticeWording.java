package org.noticeboard.render;

import java.util.Map;
import org.noticeboard.model.Details;
import org.noticeboard.model.NoticeKind;
import org.noticeboard.model.NoticeStatus;

/**
 * The words a notice's page and poster use for its kind: a 公告 has a 公告期 and is 公告中, and
 * asks nobody for objections. A key with the kind's suffix ({@code status.open.announcement})
 * is used when the theme has it, else the 公示 wording.
 */
public record NoticeWording(Map<String, String> t, NoticeKind kind) {

    public static NoticeWording of(Map<String, String> t, Details.Notice notice) {
        return new NoticeWording(t, notice.kind());
    }

    public String period() {
        return get("notice.period");
    }

    public String statusLabel() {
        return get("notice.status");
    }

    public String status(NoticeStatus status) {
        return get("status." + status.id());
    }

    public String banner(String id) {
        return get("banner." + id);
    }

    /** The line above the contacts: where objections or comments go; empty when none are taken. */
    public String feedback() {
        return switch (kind.feedback()) {
            case NONE -> "";
            case OBJECTIONS -> t.get("notice.objections");
            case COMMENTS -> t.get("notice.comments");
        };
    }

    private String get(String key) {
        String own = kind == NoticeKind.PUBLICITY ? null : t.get(key + "." + kind.id());
        return own != null ? own : t.get(key);
    }
}

package org.noticeboard.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notice is, as the document says of itself: a 公示 asks residents for objections, a
 * 征求意见 for comments, while a 公告 or 通知 only informs. The kind decides the page's wording,
 * so that a 公告 of an open day does not ask for objections.
 */
public enum NoticeKind {
    PUBLICITY("公示", "publicity", Feedback.OBJECTIONS),
    ANNOUNCEMENT("公告", "announcement", Feedback.NONE),
    NOTIFICATION("通知", "notification", Feedback.NONE),
    CONSULTATION("征求意见", "consultation", Feedback.COMMENTS);

    /** What residents are asked to send while the notice is posted. */
    public enum Feedback {
        NONE,
        OBJECTIONS,
        COMMENTS
    }

    private final String written;
    private final String id;
    private final Feedback feedback;

    NoticeKind(String written, String id, Feedback feedback) {
        this.written = written;
        this.id = id;
        this.feedback = feedback;
    }

    /** The kind as editors write it in front matter. */
    public String written() {
        return written;
    }

    /** A stable ASCII name, for message keys and CSS classes. */
    public String id() {
        return id;
    }

    public boolean takesFeedback() {
        return feedback != Feedback.NONE;
    }

    public Feedback feedback() {
        return feedback;
    }

    public static Optional<NoticeKind> of(String written) {
        return Arrays.stream(values()).filter(k -> k.written.equals(written)).findFirst();
    }
}

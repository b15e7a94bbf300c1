package org.noticeboard.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Decides, from the build date alone, whether an item is published, currently posted on the
 * board, or in the archive. Nothing is ever dropped: expired, ended and repealed items stay
 * published, in the archive.
 */
public final class Lifecycle {

    private final Site site;
    private final LocalDate today;

    Lifecycle(Site site) {
        this.site = site;
        this.today = site.today();
    }

    public boolean isPublished(Item item) {
        return !item.draft() && item.published().map(d -> !d.isAfter(today)).orElse(true);
    }

    /** On the board now: published, not expired, not repealed, and a notice not yet ended. */
    public boolean isCurrent(Item item) {
        return isPublished(item) && !isArchived(item);
    }

    public boolean isArchived(Item item) {
        if (item.validity() == Validity.REPEALED) {
            return true;
        }
        if (item.expires().map(d -> d.isBefore(today)).orElse(false)) {
            return true;
        }
        return noticeStatus(item)
                .map(s -> s == NoticeStatus.ENDED || s == NoticeStatus.RESULT_PUBLISHED)
                .orElse(false);
    }

    public Optional<NoticeStatus> noticeStatus(Item item) {
        if (!(item.details() instanceof Details.Notice notice)) {
            return Optional.empty();
        }
        boolean result = notice.result().flatMap(site::item).map(this::isPublished).orElse(false);
        return Optional.of(notice.posting().statusOn(today, result));
    }
}

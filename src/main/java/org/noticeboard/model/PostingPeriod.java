package org.noticeboard.model;

import java.time.LocalDate;

/**
 * 公示期: the days a notice stays on the board, inclusive of both ends.
 *
 * @param days the length as written (0 when an end date was given)
 * @param workingDays whether {@code days} counts working days
 */
public record PostingPeriod(LocalDate start, LocalDate end, int days, boolean workingDays) {

    /** Where the notice stands on {@code today}. */
    public NoticeStatus statusOn(LocalDate today, boolean resultPublished) {
        if (today.isBefore(start)) {
            return NoticeStatus.ANNOUNCED;
        }
        if (!today.isAfter(end)) {
            return NoticeStatus.OPEN;
        }
        return resultPublished ? NoticeStatus.RESULT_PUBLISHED : NoticeStatus.ENDED;
    }

    /** Calendar length, both ends counted. */
    public long calendarLength() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}

package org.noticeboard.print;

import java.time.LocalDate;
import java.util.List;
import org.noticeboard.model.Item;

/**
 * What to change on one paper board since it was last put up: the board as of {@code from}
 * (the first day of the oldest posting week not printed) becomes the board as of {@code to}.
 *
 * @param putUp items to pin up, new ones and ones whose poster changed (the old sheet comes down)
 * @param takeDown items to remove, each with why
 */
record WeekChanges(LocalDate from, LocalDate to, List<PutUp> putUp, List<TakeDown> takeDown) {

    WeekChanges {
        putUp = List.copyOf(putUp);
        takeDown = List.copyOf(takeDown);
    }

    /** Why a sheet goes up. */
    enum Arrival { NEW, CHANGED }

    /** Why a sheet comes down; each has its own line on the change sheet. */
    enum Departure { POSTING_OVER, REPEALED, REPLACED, WITHDRAWN }

    record PutUp(Item item, Arrival why) {}

    /** An item to take down, by id and title: a withdrawn item is no longer in the site. */
    record TakeDown(String id, String title, Departure why) {}
}

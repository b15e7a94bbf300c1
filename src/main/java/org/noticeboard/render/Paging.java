package org.noticeboard.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import org.noticeboard.model.Item;

/**
 * A listing cut into pages of {@link #SIZE} items, numbered from the oldest: page 1 holds the
 * 30 oldest items, and a new item goes on the last page (or starts a new one), so every older
 * page keeps its bytes and its address — a link or a printed page number stays true.
 *
 * @param oldestFirst the listing's items, oldest first
 */
record Paging(List<Item> oldestFirst) {

    /** Items per page: a phone page of cards stays well under 150 KB. */
    static final int SIZE = 30;

    /** Published date, then id: the order a new item is most likely to go at the end of. */
    static final Comparator<Item> OLDEST_FIRST = Comparator
            .comparing((Item i) -> i.published().orElse(LocalDate.MIN))
            .thenComparing(Item::id);

    Paging {
        oldestFirst = List.copyOf(oldestFirst);
    }

    static Paging of(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(OLDEST_FIRST);
        return new Paging(sorted);
    }

    /** Number of pages; 0 for an empty listing. */
    int count() {
        return (oldestFirst.size() + SIZE - 1) / SIZE;
    }

    /** Page {@code number} (from 1), newest first as a reader reads it. */
    List<Item> page(int number) {
        int from = (number - 1) * SIZE;
        return newestFirst(oldestFirst.subList(from, Math.min(from + SIZE, oldestFirst.size())));
    }

    /** The {@link #SIZE} newest items, newest first: what the listing's first page shows. */
    List<Item> newest() {
        int size = oldestFirst.size();
        return newestFirst(oldestFirst.subList(Math.max(0, size - SIZE), size));
    }

    private static List<Item> newestFirst(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        Collections.reverse(out);
        return out;
    }
}

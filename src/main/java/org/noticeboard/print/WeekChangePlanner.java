package org.noticeboard.print;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.noticeboard.addresses.Addresses;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.Site;
import org.noticeboard.model.Validity;
import org.noticeboard.print.WeekChanges.Arrival;
import org.noticeboard.print.WeekChanges.Departure;

/**
 * Works out a board's change sheet from the content and the clock alone, not from a record of
 * what was printed, so the same content and {@code --now} always give the same sheet: the board
 * as the site described it on the posting day before the first unprinted week, against the
 * board as the site describes it today.
 */
final class WeekChangePlanner {

    private final Site site;
    private final Addresses addresses;

    WeekChangePlanner(Site site, Addresses addresses) {
        this.site = site;
        this.addresses = addresses;
    }

    /** The posting day that starts the week {@code day} falls in. */
    static LocalDate weekStart(Board board, LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(board.postingDay()));
    }

    /**
     * The board's changes for the weeks from {@code firstUnprinted}'s on: the board was last put
     * up on the posting day a week before that week began.
     */
    WeekChanges plan(Board board, LocalDate firstUnprinted) {
        LocalDate from = weekStart(board, firstUnprinted).minusWeeks(1);
        LocalDate to = site.today();
        Lifecycle now = site.lifecycle();
        Site before = asOf(from);
        Lifecycle then = before.lifecycle();
        PosterFingerprint printedThen = new PosterFingerprint(before);
        PosterFingerprint printedNow = new PosterFingerprint(site);
        List<Item> onBoard = site.items().stream()
                .filter(i -> i.board().equals(board.slug()) && i.type().postable()).toList();
        List<WeekChanges.PutUp> putUp = new ArrayList<>();
        List<WeekChanges.TakeDown> takeDown = new ArrayList<>();
        Set<String> replacedNow = site.items().stream().filter(now::isCurrent)
                .flatMap(i -> i.replaces().stream()).collect(Collectors.toSet());
        for (Item item : onBoard) {
            Item past = before.item(item.id()).orElse(item);
            boolean was = then.isCurrent(past);
            boolean is = now.isCurrent(item);
            if (is && !was) {
                putUp.add(new WeekChanges.PutUp(item, Arrival.NEW));
            } else if (is && changed(past, item, from, to, printedThen, printedNow)) {
                putUp.add(new WeekChanges.PutUp(item, Arrival.CHANGED));
            } else if (was && !is) {
                takeDown.add(new WeekChanges.TakeDown(item.id(), item.title(),
                        replacedNow.contains(item.id()) ? Departure.REPLACED
                                : item.validity() == Validity.REPEALED ? Departure.REPEALED
                                : Departure.POSTING_OVER));
            }
        }
        for (Addresses.Withdrawal w : addresses.withdrawn()) {
            if (w.id().startsWith(board.slug() + "/") && w.date().isAfter(from)
                    && !w.date().isAfter(to)) {
                takeDown.add(new WeekChanges.TakeDown(w.id(), w.title(), Departure.WITHDRAWN));
            }
        }
        takeDown.sort(Comparator.comparing(WeekChanges.TakeDown::why)
                .thenComparing(WeekChanges.TakeDown::id));
        return new WeekChanges(from, to, putUp, takeDown);
    }

    /**
     * The site as it stood on {@code day}, as far as the content tells: its clock set back, and
     * a document repealed after that day still valid. The content dates a repeal by the
     * publication of the document that replaces it, else by the repealed one's {@code updated}
     * date; a repeal with neither is taken as older than any week printed.
     */
    private Site asOf(LocalDate day) {
        List<Item> items = site.items().stream()
                .map(i -> repealed(i).filter(d -> d.isAfter(day)).isPresent() ? valid(i) : i)
                .toList();
        return Site.of(site.config(), items, site.calendar(), day, site.generatedAt());
    }

    private Optional<LocalDate> repealed(Item item) {
        if (item.validity() != Validity.REPEALED) {
            return Optional.empty();
        }
        return site.items().stream().filter(i -> i.replaces().contains(item.id()))
                .flatMap(i -> i.published().stream()).min(Comparator.naturalOrder())
                .or(item::updated);
    }

    private static Item valid(Item i) {
        return new Item(i.id(), i.board(), i.type(), i.slug(), i.source(), i.title(),
                i.summary(), i.published(), i.written(), i.updated(), i.expires(), i.issuer(),
                i.docNo(), i.indexNo(), i.topic(), Validity.VALID, i.amends(), i.replaces(),
                i.draft(), i.keywords(), i.paper(), i.changeNote(), i.details(),
                i.bodyMarkdown(), i.bodyLine(), i.language(), i.bodyHtml(), i.attachments());
    }

    /**
     * An item stays up unless something printed on its poster changed: the editor's
     * {@code updated} date falls in the weeks covered, or what the poster shows then and now
     * differs (an amendment published since, say).
     */
    private static boolean changed(Item past, Item item, LocalDate from, LocalDate to,
            PosterFingerprint then, PosterFingerprint now) {
        boolean updated = item.updated().map(d -> d.isAfter(from) && !d.isAfter(to))
                .orElse(false);
        return updated || !then.of(past).equals(now.of(item));
    }
}

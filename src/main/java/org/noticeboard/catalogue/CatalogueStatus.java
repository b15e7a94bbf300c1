package org.noticeboard.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.noticeboard.model.CatalogueEntry;
import org.noticeboard.model.Details;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.Site;

/**
 * Where each board stands against the disclosure catalogue (公开目录) on the build date: what is
 * published, what is overdue, what is missing. Shared by {@code check} and the public page.
 */
public final class CatalogueStatus {

    /** A required item's state: published, overdue (too old), archived only, or missing. */
    public enum State {
        PUBLISHED("published"),
        OVERDUE("overdue"),
        ARCHIVED("archived"),
        MISSING("missing");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One required thing on one board.
     *
     * @param title the entry's title, or the service's for a service guide
     * @param service the service, for a service-guide entry
     * @param item the newest current item (or, when archived, the newest archived one)
     * @param last the date that item was last published or updated (inspected for supervision)
     * @param due when it becomes overdue, for entries with a maximum age
     * @param fulfilling every current item that fulfils the row, newest first
     */
    public record Row(CatalogueEntry entry, String board, String title,
            Optional<CatalogueEntry.Service> service, State state, Optional<Item> item,
            Optional<LocalDate> last, Optional<LocalDate> due, List<Item> fulfilling) {
        public Row {
            fulfilling = List.copyOf(fulfilling);
        }
    }

    private final Site site;
    private final Lifecycle lifecycle;

    public CatalogueStatus(Site site) {
        this.site = site;
        this.lifecycle = site.lifecycle();
    }

    /** Every board's rows, in board and catalogue order. */
    public List<Row> all() {
        List<Row> rows = new ArrayList<>();
        site.config().boards().forEach(b -> rows.addAll(rows(b.slug())));
        return rows;
    }

    public List<Row> rows(String board) {
        List<Row> rows = new ArrayList<>();
        for (CatalogueEntry entry : site.config().catalogue()) {
            if (!entry.appliesTo(board)) {
                continue;
            }
            if (entry.type().equals("hotline")) {
                rows.add(new Row(entry, board, entry.title(), Optional.empty(), State.PUBLISHED,
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
            } else if (!entry.services().isEmpty()) {
                for (CatalogueEntry.Service s : entry.services()) {
                    String id = board + "/procedure/" + s.slug();
                    rows.add(row(entry, board, s.title(), Optional.of(s),
                            i -> i.id().equals(id)));
                }
            } else {
                rows.add(row(entry, board, entry.title(), Optional.empty(),
                        i -> i.board().equals(board) && entry.fulfilledBy(i)));
            }
        }
        return rows;
    }

    private Row row(CatalogueEntry entry, String board, String title,
            Optional<CatalogueEntry.Service> service, Predicate<Item> matches) {
        List<Item> published = site.items().stream().filter(matches)
                .filter(lifecycle::isPublished).toList();
        List<Item> currentItems = published.stream().filter(lifecycle::isCurrent)
                .sorted(NEWEST_FIRST).toList();
        Optional<Item> current = currentItems.stream().findFirst();
        if (current.isEmpty()) {
            Optional<Item> archived = newest(published);
            return new Row(entry, board, title, service,
                    archived.isPresent() ? State.ARCHIVED : State.MISSING, archived,
                    archived.map(CatalogueStatus::lastDate), Optional.empty(), List.of());
        }
        LocalDate last = lastDate(current.get());
        Optional<LocalDate> due = entry.maxAgeDays() > 0
                ? Optional.of(last.plusDays(entry.maxAgeDays())) : Optional.empty();
        boolean overdue = due.map(d -> d.isBefore(site.today())).orElse(false);
        return new Row(entry, board, title, service, overdue ? State.OVERDUE : State.PUBLISHED,
                current, Optional.of(last), due, currentItems);
    }

    private static final Comparator<Item> NEWEST_FIRST = Comparator
            .comparing(CatalogueStatus::lastDate).thenComparing(Item::id).reversed();

    private static Optional<Item> newest(List<Item> items) {
        return items.stream().min(NEWEST_FIRST);
    }

    /** How fresh an item is: the inspection date of a supervision result, else its last date. */
    public static LocalDate lastDate(Item item) {
        if (item.details() instanceof Details.Supervision s) {
            return s.inspected();
        }
        LocalDate published = item.published().orElse(LocalDate.MIN);
        return item.updated().filter(u -> u.isAfter(published)).orElse(published);
    }
}

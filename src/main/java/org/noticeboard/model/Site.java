package org.noticeboard.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole site as assembled from valid content: every item that is not a draft (published or
 * scheduled), in id order, and the one clock of the build.
 *
 * @param today the build date: decides what is published, posted or archived
 * @param generatedAt when the build ran, shown on every page
 */
public record Site(
        SiteConfig config,
        List<Item> items,
        Map<String, Item> byId,
        WorkingCalendar calendar,
        LocalDate today,
        ZonedDateTime generatedAt) {

    public Site {
        items = List.copyOf(items);
        byId = Map.copyOf(byId);
    }

    public static Site of(
            SiteConfig config,
            List<Item> items,
            WorkingCalendar calendar,
            LocalDate today,
            ZonedDateTime generatedAt) {
        Map<String, Item> byId =
                items.stream()
                        .collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a));
        return new Site(config, items, byId, calendar, today, generatedAt);
    }

    public Lifecycle lifecycle() {
        return new Lifecycle(this);
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Items visible on the site today (not drafts, publish date reached). */
    public List<Item> published() {
        Lifecycle lifecycle = lifecycle();
        return items.stream().filter(lifecycle::isPublished).toList();
    }
}

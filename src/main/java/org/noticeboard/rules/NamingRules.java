package org.noticeboard.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Item;

/**
 * Names that collide on the published site. Two files cannot share an id (the file system sees
 * to that), but a slug can take a page the site writes itself, and two current items of one
 * board and type can share a title no resident could tell apart.
 */
public final class NamingRules {

    static final Rule RESERVED_SLUG = Rule.error("reserved-slug",
            "the file name '{slug}.md' is reserved: its page would overwrite the listing {path}",
            "rename the file; any other lowercase name works");
    static final Rule DUPLICATE_TITLE = Rule.warning("duplicate-title",
            "same title as {other}, also current on this board",
            "make the titles distinct, e.g. add the date or period (2026年11月)");

    static final List<Rule> RULES = List.of(RESERVED_SLUG, DUPLICATE_TITLE);

    /**
     * The listing an item named {@code slug} on {@code board} of {@code type} would overwrite,
     * or empty when the name is free: {@code noticeboard new} refuses the name, as the build
     * would ({@code reserved-slug}), instead of writing a file the build then rejects.
     */
    public static Optional<String> overwrittenListing(String board, String type, String slug) {
        return isReserved(slug) ? Optional.of(listing(board, type)) : Optional.empty();
    }

    /** {@code index} is a listing's first page, {@code page-<n>} its numbered pages. */
    private static boolean isReserved(String slug) {
        return slug.equals("index") || slug.matches("page-[0-9]+");
    }

    private static String listing(String board, String type) {
        return board + "/" + type + "/index.html";
    }

    void check(RuleContext c) {
        Map<String, Item> byTitle = new HashMap<>();
        for (Item item : c.site().items()) {
            if (isReserved(item.slug())) {
                c.report(RESERVED_SLUG, Position.of(item.source()), "", "slug", item.slug(),
                        "path", listing(item.board(), item.type().id()));
            }
            if (!c.lifecycle().isCurrent(item)) {
                continue;
            }
            String key = item.board() + "/" + item.type().id() + "/" + item.title();
            Item first = byTitle.putIfAbsent(key, item);
            if (first != null) {
                c.report(DUPLICATE_TITLE, c.at(item, "title"), "title", "other", first.source());
            }
        }
    }
}

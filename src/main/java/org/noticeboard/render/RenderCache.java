package org.noticeboard.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.noticeboard.model.Item;

/**
 * Results computed from one item alone (its body as plain text for the search index…), kept
 * from one build to the next of a preview session so an edit recomputes them only for the items
 * that changed. Keyed by the item's value: an item that changed in any way is a new key. Each
 * build starts a new generation holding only what that build used, so nothing piles up.
 */
public final class RenderCache {

    private final Map<Key, Object> previous;
    private final Map<Key, Object> current = new ConcurrentHashMap<>();

    public RenderCache() {
        this(Map.of());
    }

    private RenderCache(Map<Key, Object> previous) {
        this.previous = previous;
    }

    /** The cache for the next build: this build's entries, and only those. */
    public RenderCache next() {
        return new RenderCache(current);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String kind, Item item, Function<Item, T> compute) {
        return (T) current.computeIfAbsent(new Key(kind, item), k -> {
            Object before = previous.get(k);
            return before != null ? before : compute.apply(item);
        });
    }

    private record Key(String kind, Item item) {}
}

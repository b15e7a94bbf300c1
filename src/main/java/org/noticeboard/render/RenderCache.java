package org.noticeboard.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
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
    /** Values of this build alone (they depend on every item): never passed to the next. */
    private final Map<String, Object> build = new ConcurrentHashMap<>();
    /** Whether a next build will ask: false for a one-off build, which keeps what it reuses. */
    private final boolean forNextBuild;

    /** The first cache of a preview session. */
    public RenderCache() {
        this(Map.of(), true);
    }

    private RenderCache(Map<Key, Object> previous, boolean forNextBuild) {
        this.previous = previous;
        this.forNextBuild = forNextBuild;
    }

    /**
     * The cache of a build that has no next one (the {@code build} command): values used once
     * per build are computed, not kept. At 10,000 items the print bodies alone, each used once,
     * held over 100 MB until the end of the build.
     */
    public static RenderCache oneBuild() {
        return new RenderCache(Map.of(), false);
    }

    /** The cache for the next build: this build's entries, and only those. */
    public RenderCache next() {
        return new RenderCache(current, forNextBuild);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String kind, Item item, Function<Item, T> compute) {
        return get(kind, item, null, compute);
    }

    /** {@code compute(item)} for this item and {@code context} (a value, or null). */
    @SuppressWarnings("unchecked")
    <T> T get(String kind, Item item, Object context, Function<Item, T> compute) {
        return (T) current.computeIfAbsent(new Key(kind, item, context), k -> {
            Object before = previous.get(k);
            return before != null ? before : compute.apply(item);
        });
    }

    /**
     * {@code compute(item)} for a value this build uses once: kept only for the next build of a
     * preview session, computed afresh in a one-off build.
     */
    <T> T usedOnce(String kind, Item item, Function<Item, T> compute) {
        return forNextBuild ? get(kind, item, null, compute) : compute.apply(item);
    }

    /** {@code compute()} once in this build, whichever copy of the site asks first. */
    @SuppressWarnings("unchecked")
    <T> T once(String kind, Supplier<T> compute) {
        return (T) build.computeIfAbsent(kind, k -> compute.get());
    }

    /**
     * Hashed by the item's id, not its value: an item's record hash walks every field (its body
     * included) at each lookup, and a preview looks up every item of a listing or a board.
     */
    private record Key(String kind, Item item, Object context) {

        @Override
        public int hashCode() {
            return (kind.hashCode() * 31 + item.id().hashCode()) * 31
                    + java.util.Objects.hashCode(context);
        }
    }
}

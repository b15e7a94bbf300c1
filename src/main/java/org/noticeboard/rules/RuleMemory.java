package org.noticeboard.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.model.Site;
import org.noticeboard.validate.ValidatedFile;

/**
 * What the per-file rules found in each file, kept from one check to the next of a preview
 * session, so an edit checks again only the files that changed. A file is known by identity:
 * the session keeps the same {@link ValidatedFile} for a file it did not read again. Results
 * hold only while the configuration, the holidays and the date stay the same; rules that look
 * across items (relations, links, duplicate titles, the catalogue…) are never remembered.
 */
public final class RuleMemory {

    private record Key(String rule, ValidatedFile file) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.rule.equals(rule) && k.file == file;
        }

        @Override
        public int hashCode() {
            return rule.hashCode() * 31 + System.identityHashCode(file);
        }
    }

    /** What a result was found for: the item too, when the rule reads the assembled item. */
    private record Found(Object item, List<Diagnostic> diagnostics) {}

    private Map<Key, Found> previous = Map.of();
    private Map<Key, Found> current = new ConcurrentHashMap<>();
    private List<Object> basis = List.of();

    /** Starts a check of {@code site}: forgets everything if its basis changed. */
    void begin(Site site) {
        List<Object> now = List.of(site.config(), site.calendar(), site.today());
        boolean same = now.size() == basis.size() && now.get(0) == basis.get(0)
                && now.get(1) == basis.get(1) && now.get(2).equals(basis.get(2));
        previous = same ? current : Map.of();
        current = new ConcurrentHashMap<>();
        basis = now;
    }

    /**
     * The diagnostics of {@code rule} for {@code file} (and the item assembled from it, or
     * null), found by {@code check} unless remembered.
     */
    List<Diagnostic> get(String rule, ValidatedFile file, Object item,
            Supplier<List<Diagnostic>> check) {
        Key key = new Key(rule, file);
        Found before = previous.get(key);
        Found found = before != null && Objects.equals(before.item(), item) ? before
                : new Found(item, check.get());
        current.put(key, found);
        return found.diagnostics();
    }
}

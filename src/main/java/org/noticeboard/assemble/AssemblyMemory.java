package org.noticeboard.assemble;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.model.Item;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.validate.ValidatedFile;

/**
 * A preview session's memory of the assemble stage: the item made from each file, and what the
 * reference check found in it, so an edit assembles again only the files that changed (the
 * session keeps the same {@link ValidatedFile} for a file it did not read again). Items hold
 * while the configuration and holidays stay the same; reference findings while, besides, the
 * set of items and of drafts stays the same (a reference is checked against them).
 */
public final class AssemblyMemory {

    /** A file by identity: an edited file is a new object, even if its text is the same. */
    private record Id(ValidatedFile file) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && other.file == file;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(file);
        }
    }

    /** An item made from a file (empty if its details were wrong), and what was reported. */
    record Made(Optional<Item> item, List<Diagnostic> diagnostics) {}

    private Map<Id, Made> items = Map.of();
    private Map<Id, Made> itemsNow = new ConcurrentHashMap<>();
    private Map<Id, List<Diagnostic>> references = Map.of();
    private Map<Id, List<Diagnostic>> referencesNow = new ConcurrentHashMap<>();
    private SiteConfig config;
    private WorkingCalendar calendar;
    private Set<String> ids = Set.of();
    private Set<String> published = Set.of();

    void beginItems(SiteConfig config, WorkingCalendar calendar) {
        boolean same = config == this.config && calendar == this.calendar;
        items = same ? itemsNow : Map.of();
        itemsNow = new ConcurrentHashMap<>();
        if (!same) {
            referencesNow = new ConcurrentHashMap<>();
        }
        this.config = config;
        this.calendar = calendar;
    }

    void beginReferences(Set<String> ids, Set<String> published) {
        boolean same = ids.equals(this.ids) && published.equals(this.published);
        references = same ? referencesNow : Map.of();
        referencesNow = new ConcurrentHashMap<>();
        this.ids = Set.copyOf(ids);
        this.published = Set.copyOf(published);
    }

    Made item(ValidatedFile file, Supplier<Made> make) {
        Made made = items.get(new Id(file));
        if (made == null) {
            made = make.get();
        }
        itemsNow.put(new Id(file), made);
        return made;
    }

    List<Diagnostic> references(ValidatedFile file, Supplier<List<Diagnostic>> check) {
        List<Diagnostic> found = references.get(new Id(file));
        if (found == null) {
            found = check.get();
        }
        referencesNow.put(new Id(file), found);
        return found;
    }
}

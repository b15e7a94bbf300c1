package org.noticeboard.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.Site;
import org.noticeboard.parse.YamlDocument;
import org.noticeboard.validate.ValidatedFile;

/** What every rule family sees: the assembled site, the files behind it, and where to report. */
final class RuleContext {

    private final Site site;
    private final Lifecycle lifecycle;
    private final Map<String, ValidatedFile> files;
    private final Diagnostics diagnostics;
    private final String contentRoot;
    private final Optional<RuleMemory> memory;
    private final Set<String> inError;

    RuleContext(Site site, Map<String, ValidatedFile> files, Diagnostics diagnostics,
            String contentRoot) {
        this(site, Map.copyOf(files), diagnostics, contentRoot, Optional.empty(), Set.of());
    }

    RuleContext(Site site, Map<String, ValidatedFile> files, Diagnostics diagnostics,
            String contentRoot, Optional<RuleMemory> memory, Set<String> inError) {
        this.inError = inError;
        this.site = site;
        this.lifecycle = site.lifecycle();
        this.files = files;
        this.diagnostics = diagnostics;
        this.contentRoot = contentRoot;
        this.memory = memory;
    }

    /**
     * Runs {@code check}, a rule that reads one file (and the item assembled from it, or null)
     * and nothing else but the configuration, the holidays and the date; in a preview session
     * its findings for an unchanged file are remembered instead.
     */
    void perFile(String rule, ValidatedFile file, Item item, Consumer<RuleContext> check) {
        if (memory.isEmpty()) {
            check.accept(this);
            return;
        }
        memory.get().get(rule, file, item, () -> {
            Diagnostics found = diagnostics.sibling();
            check.accept(new RuleContext(site, files, found, contentRoot, Optional.empty(),
                    inError));
            return found.sorted();
        }).forEach(diagnostics::add);
    }

    /** Whether an item file with this id is there, though its own errors kept it out. */
    boolean inError(String id) {
        return inError.contains(id);
    }

    /** Whether some item file in {@code board/type/} is there but kept out by its errors. */
    boolean inErrorUnder(String board, String type) {
        String prefix = board + "/" + type + "/";
        return inError.stream().anyMatch(id -> id.startsWith(prefix));
    }

    Site site() {
        return site;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    LocalDate today() {
        return site.today();
    }

    /** Every valid file, drafts included, in no particular order. */
    Collection<ValidatedFile> files() {
        return files.values();
    }

    Optional<ValidatedFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /** The path of a file inside the content folder as messages show it, e.g. content/site.yaml. */
    String contentPath(String relative) {
        return contentRoot + "/" + relative;
    }

    /** Where a front-matter field of an item is written (its file when the field is absent). */
    Position at(Item item, String path) {
        return file(item.id()).map(f -> at(f, path)).orElse(Position.of(item.source()));
    }

    static Position at(ValidatedFile file, String path) {
        YamlDocument doc = file.parsed().frontMatter();
        int line = doc.lineOf(path);
        return new Position(file.parsed().source().displayPath(), line,
                line > 0 ? Math.max(1, doc.columnOf(path)) : 0);
    }

    void report(Rule rule, Position at, String field, Object... pairs) {
        diagnostics.add(at, rule.severity(), field, Message.of(rule.id(), pairs));
    }

    /** Reports with another of the rule's hints, {@code <id>.hint.<variant>}. */
    void report(Rule rule, String hintVariant, Position at, String field, Object... pairs) {
        diagnostics.add(at, rule.severity(), field,
                Message.of(rule.id(), pairs).hint(hintVariant));
    }

    /** Reports with the source line given, e.g. with personal data masked out of it. */
    void reportWithLine(Rule rule, Position at, String field, String sourceLine,
            Object... pairs) {
        diagnostics.add(at, rule.severity(), field, Message.of(rule.id(), pairs), sourceLine);
    }
}

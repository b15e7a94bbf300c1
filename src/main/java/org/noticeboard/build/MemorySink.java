package org.noticeboard.build;

import java.util.List;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.noticeboard.check.LinkChecker;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.render.OutputFile;

/**
 * The sink of {@code serve}: the site lives in memory ({@link SessionOutput}); a run compares
 * what it rendered with the kept files, link-checks only what changed, and applies the change
 * when the run is good, so a build with errors leaves the last good site in place.
 */
final class MemorySink implements Sink {

    private final SessionOutput output;
    private Map<String, byte[]> assets = Map.of();
    private Map<String, byte[]> files = new ConcurrentHashMap<>();
    private SessionOutput.Delta delta;

    MemorySink(SessionOutput output) {
        this.output = output;
    }

    @Override
    public void begin(Map<String, byte[]> assets) {
        this.assets = assets;
        this.files = new ConcurrentHashMap<>();
        this.delta = null;
    }

    @Override
    public void accept(OutputFile file) {
        files.put(file.path(), file.bytes());
    }

    @Override
    public void check(AffectedPages affected, boolean everything, Predicate<String> excused,
            Diagnostics diagnostics) {
        delta = output.compare(files, assets, affected, everything);
        List<OutputFile> changed = delta.changed().stream().filter(files::containsKey)
                .map(p -> new OutputFile(p, files.get(p))).toList();
        new LinkChecker().check(changed, p -> output.existsAfter(delta, p), excused, diagnostics);
    }

    @Override
    public Set<String> publish() {
        if (delta == null) {
            return Set.of();
        }
        output.apply(delta);
        return delta.changed();
    }

    @Override
    public int rendered() {
        return files.size();
    }
}

package org.noticeboard.build;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build session's site in memory, path → bytes, changed in place by each good build. An
 * update compares only the files it rendered with the kept ones, and looks for deleted files
 * only among those it could have deleted: the pages it wanted (they exist only if rendered) and
 * the files the previous build rendered — never the whole site.
 */
final class SessionOutput {

    /** What one build would change; nothing is applied until the build turns out good. */
    record Delta(Map<String, byte[]> written, Set<String> deleted, Set<String> changed) {}

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, byte[]> view = Collections.unmodifiableMap(files);
    /** The paths the last applied build rendered (all of them after a full one). */
    private Set<String> lastRendered = Set.of();

    /** The files, read-only; they change when a good build is applied. */
    Map<String, byte[]> files() {
        return view;
    }

    /**
     * Compares a build's files with the kept ones.
     *
     * @param rendered what the build rendered
     * @param assets the theme's files (under assets/), published with every build
     * @param affected which pages the build wanted: one wanted but not rendered is deleted
     * @param everything whether the build rendered every page (any file not written is gone)
     */
    Delta compare(Map<String, byte[]> rendered, Map<String, byte[]> assets,
            AffectedPages affected, boolean everything) {
        Map<String, byte[]> written = new ConcurrentHashMap<>(rendered);
        written.putAll(assets);
        Set<String> deleted = new HashSet<>();
        if (everything) {
            files.keySet().stream().filter(p -> !written.containsKey(p)).forEach(deleted::add);
        } else {
            Set<String> candidates = new HashSet<>(lastRendered);
            for (String page : affected.wanted()) {
                candidates.add(page);
                affected.editionFolders().forEach(folder -> candidates.add(folder + page));
            }
            candidates.stream().filter(p -> files.containsKey(p) && !written.containsKey(p))
                    .filter(affected).forEach(deleted::add);
        }
        Set<String> changed = new TreeSet<>(deleted);
        written.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, files.get(path))) {
                changed.add(path);
            }
        });
        return new Delta(written, deleted, changed);
    }

    /** Whether the file at {@code path} exists once {@code delta} is applied. */
    boolean existsAfter(Delta delta, String path) {
        return delta.written().containsKey(path)
                || files.containsKey(path) && !delta.deleted().contains(path);
    }

    void apply(Delta delta) {
        delta.deleted().forEach(files::remove);
        delta.written().forEach((path, bytes) -> {
            if (delta.changed().contains(path)) {
                files.put(path, bytes);
            }
        });
        lastRendered = Set.copyOf(delta.written().keySet());
    }
}

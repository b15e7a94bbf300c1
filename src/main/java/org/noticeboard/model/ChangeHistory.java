package org.noticeboard.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * When each content file changed and why, as recorded by version control: paths relative to the
 * content folder ({@code street/policy/a.md}), revisions oldest first. Empty when the content is
 * not kept in a repository; pages then fall back to the {@code published} and {@code updated}
 * fields.
 */
public record ChangeHistory(Map<String, List<Revision>> byPath) {

    /** One commit that touched a file: when it was made, and its one-line message. */
    public record Revision(Instant time, String message) {}

    public ChangeHistory {
        byPath = Map.copyOf(byPath);
    }

    public static ChangeHistory none() {
        return new ChangeHistory(Map.of());
    }

    public List<Revision> of(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }
}

package org.noticeboard.build;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What one build needs to know.
 *
 * @param now the build clock: decides what is published, posted or archived, and is printed on
 *     every page ("generated at")
 * @param baseUrl overrides site.yaml's base_url when present
 * @param publish false for {@code check}: validate and render, write nothing
 * @param history read each item's change history from git when the content folder is in a
 *     repository; false shows only the {@code published} and {@code updated} dates
 */
public record BuildOptions(
        Path source,
        Path output,
        Path theme,
        Optional<String> baseUrl,
        ZonedDateTime now,
        boolean publish,
        boolean history) {

    public BuildOptions(Path source, Path output, Path theme, Optional<String> baseUrl,
            ZonedDateTime now, boolean publish) {
        this(source, output, theme, baseUrl, now, publish, true);
    }

    public BuildOptions withoutHistory() {
        return new BuildOptions(source, output, theme, baseUrl, now, publish, false);
    }
}

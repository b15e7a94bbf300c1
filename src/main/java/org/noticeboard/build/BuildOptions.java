package org.noticeboard.build;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * @param printedSince the first day of the oldest posting week not yet printed: the week's
 *     change sheets list every change since then; empty for the week before this one
 */
public record BuildOptions(
        Path source,
        Path output,
        Path theme,
        Optional<String> baseUrl,
        ZonedDateTime now,
        boolean publish,
        boolean history,
        Optional<LocalDate> printedSince) {

    public BuildOptions(Path source, Path output, Path theme, Optional<String> baseUrl,
            ZonedDateTime now, boolean publish) {
        this(source, output, theme, baseUrl, now, publish, true);
    }

    public BuildOptions(Path source, Path output, Path theme, Optional<String> baseUrl,
            ZonedDateTime now, boolean publish, boolean history) {
        this(source, output, theme, baseUrl, now, publish, history, Optional.empty());
    }

    public BuildOptions withoutHistory() {
        return new BuildOptions(source, output, theme, baseUrl, now, publish, false,
                printedSince);
    }

    /** The change sheets cover every posting week from {@code day}'s on. */
    public BuildOptions printedSince(LocalDate day) {
        return new BuildOptions(source, output, theme, baseUrl, now, publish, history,
                Optional.of(day));
    }
}

package org.noticeboard.source;

import java.nio.file.Path;
import java.util.Optional;

/** Resolves a path named in the content (a data file, a theme file) without leaving its folder. */
public final class SafePaths {

    private SafePaths() {}

    /** {@code base.resolve(relative)} if it stays inside {@code base}, else empty. */
    public static Optional<Path> inside(Path base, String relative) {
        if (relative == null || relative.isBlank() || relative.contains("\\")
                || relative.contains("\0") || relative.startsWith("/")) {
            return Optional.empty();
        }
        Path normalBase = base.toAbsolutePath().normalize();
        Path resolved = normalBase.resolve(relative).normalize();
        return resolved.startsWith(normalBase) && !resolved.equals(normalBase)
                ? Optional.of(resolved) : Optional.empty();
    }
}

package org.noticeboard.source;

import java.io.IOException;
import java.nio.file.Files;
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
        if (!resolved.startsWith(normalBase) || resolved.equals(normalBase)) {
            return Optional.empty();
        }
        // A symbolic link inside the folder may still lead out of it.
        try {
            if (Files.exists(resolved)
                    && !resolved.toRealPath().startsWith(normalBase.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(resolved);
    }
}

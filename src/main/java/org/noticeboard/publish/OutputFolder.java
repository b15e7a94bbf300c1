package org.noticeboard.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether a folder may be used as the output. Publishing replaces the output folder as a
 * whole, so a mistyped {@code --output} must never name the content, the theme, a folder that
 * holds them, the user's home or a file-system root: the next build would delete it.
 */
public final class OutputFolder {

    private OutputFolder() {}

    /** Why {@code output} must not be written, or empty when it is safe. */
    public static Optional<String> refusal(Path output, Path source, Path theme) {
        if (output.toString().indexOf('\0') >= 0) {
            return Optional.of("the output folder name contains a NUL character");
        }
        Path out = real(output);
        if (out.getParent() == null) {
            return Optional.of("the output folder " + output + " is a file-system root");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && out.equals(real(Path.of(home)))) {
            return Optional.of("the output folder " + output + " is your home folder");
        }
        Path src = real(source);
        if (src.startsWith(out) || out.startsWith(src)) {
            return Optional.of("the output folder " + output
                    + " overlaps the content folder " + source);
        }
        Path thm = real(theme);
        if (thm.startsWith(out) || out.startsWith(thm)) {
            return Optional.of("the output folder " + output + " overlaps the theme folder "
                    + theme);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("the output " + output + " is a file, not a folder");
        }
        return Optional.empty();
    }

    /**
     * The absolute, normalised path with symbolic links resolved as far as the path exists, so
     * that a link to the content folder is recognised as the content folder.
     */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}

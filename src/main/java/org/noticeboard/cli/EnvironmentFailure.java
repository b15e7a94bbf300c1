package org.noticeboard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the machine refused (exit code 4), said so that an office PC user can act on it: which
 * folder lacks permission, that the disk is full. Every such message is made here.
 */
final class EnvironmentFailure {

    private EnvironmentFailure() {}

    /** The input/output failure behind {@code e}, if it is one. */
    static Optional<IOException> cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u) {
                return Optional.of(u.getCause());
            }
            if (t instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            Path file = Path.of(denied.getFile()).toAbsolutePath().normalize();
            Path folder = file.getParent() == null ? file : file.getParent();
            return "permission denied: cannot write " + file + "; give your user write "
                    + "permission on the folder " + folder + " or choose another folder";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : String.valueOf(e.getMessage());
        if (reason.toLowerCase(Locale.ROOT).contains("no space left")) {
            String where = e instanceof FileSystemException fs && fs.getFile() != null
                    ? " writing " + fs.getFile() : "";
            return "the disk is full" + where + "; free some space and run again";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}

package org.noticeboard.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository's own example content and default theme. */
public final class Projects {

    private Projects() {}

    public static Path root() {
        String dir = System.getProperty("noticeboard.projectDir");
        Path p = dir != null ? Path.of(dir) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(p.resolve("themes/default"))) {
            throw new IllegalStateException("run the tests from the repository root");
        }
        return p;
    }

    public static Path theme() {
        return root().resolve("themes/default");
    }

    public static Path exampleContent() {
        return root().resolve("content");
    }
}

package org.noticeboard.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The default theme as it ships inside the tool (copied from {@code themes/default} by the
 * Maven build), so a site needs no theme folder: it is the last layer of every {@link Theme}.
 * Inside a jar it is read through a zip file system, opened once for the whole run.
 */
public final class BuiltInTheme {

    /** Where the theme lies among the tool's resources. */
    static final String RESOURCE = "/org/noticeboard/theme/default";

    private BuiltInTheme() {}

    /** The theme's root folder: a plain folder (tests, IDE) or a folder inside the jar. */
    public static Path root() {
        return Holder.ROOT;
    }

    /** Initialised on first use (holder idiom): one immutable value, nothing to reset. */
    private static final class Holder {
        static final Path ROOT = locate();
    }

    private static Path locate() {
        URL marker = BuiltInTheme.class.getResource(RESOURCE + "/theme.yaml");
        if (marker == null) {
            throw new IllegalStateException("the tool was built without its default theme ("
                    + RESOURCE + "); rebuild it with Maven");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.getPath(RESOURCE);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a file of this theme is named in messages: {@code (built-in theme)/templates/…}. */
    static boolean contains(Path file) {
        return file.getFileSystem().equals(root().getFileSystem()) && file.startsWith(root());
    }
}

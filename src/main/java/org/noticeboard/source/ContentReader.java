package org.noticeboard.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.parallel.Slices;

/**
 * The source stage: finds every content file under the content folder and reads it safely. It
 * never follows a link out of the folder and refuses names that could not be published as they
 * are (they would become URLs and file names in the output).
 */
public final class ContentReader {

    /** Larger than any real notice; a bigger file is almost surely a mistake (a pasted scan). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final TextDecoder decoder = new TextDecoder();

    /** Reads {@code *.md} content files below {@code root}, skipping {@code data/}. */
    public List<SourceFile> read(Path root, String displayRoot, Diagnostics diagnostics) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            diagnostics.error(Position.of(displayRoot), "", Message.of("content-folder-missing"));
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(realRoot)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !EditorFiles.isScratch(p))
                    .filter(p -> !relative(realRoot, p).startsWith("data/"))
                    .sorted()
                    .forEach(paths::add);
        } catch (IOException | RuntimeException e) {
            diagnostics.error(Position.of(displayRoot), "", Message.of("content-folder-unlistable",
                    "problem", e.getMessage()));
            return List.of();
        }
        return Slices.map(paths, p -> readOne(realRoot, displayRoot, p, false, diagnostics))
                .stream().flatMap(Optional::stream).toList();
    }

    /**
     * Reads the one content file {@code file} below {@code root} as {@link #read} would, for
     * builds that re-read only what changed. Empty for a file {@link #read} would skip.
     */
    public Optional<SourceFile> readFile(Path root, String displayRoot, Path file,
            Diagnostics diagnostics) {
        Path base = root.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        String relative = abs.startsWith(base) ? relative(base, abs) : "";
        if (!relative.endsWith(".md") || relative.startsWith("data/")
                || EditorFiles.isScratch(abs) || !Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            Path realRoot = root.toRealPath();
            // resolved as a path, not a string: a name holding a backslash stays one name
            return readOne(realRoot, displayRoot, realRoot.resolve(base.relativize(abs)), true,
                    diagnostics);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads one file. A file found by walking the folder cannot lie behind a linked folder (the
     * walk does not follow links), so only a file named from outside ({@code named}) has its
     * real path resolved, which costs a system call per folder of its path.
     */
    private Optional<SourceFile> readOne(Path root, String displayRoot, Path path, boolean named,
            Diagnostics diagnostics) {
        String relative = relative(root, path);
        String display = displayRoot + "/" + relative;
        Position at = Position.of(display);
        if (!namesAreSafe(relative)) {
            diagnostics.error(at, "", Message.of("unsafe-name", "path", relative));
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path,
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink() || named && !path.toRealPath().startsWith(root)) {
                diagnostics.error(at, "", Message.of("symbolic-link"));
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            long size = attributes.size();
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(at, "", Message.of("file-too-large", "size", size / 1024,
                        "limit", MAX_FILE_BYTES / 1024));
                return Optional.empty();
            }
            TextDecoder.Result decoded = decoder.decode(Files.readAllBytes(path));
            if (decoded.text().isEmpty()) {
                diagnostics.error(at.atLine(decoded.badLine(), 0), "", Message.of("not-utf8"));
                return Optional.empty();
            }
            return Optional.of(new SourceFile(relative, display, path, decoded.text().get()));
        } catch (IOException e) {
            diagnostics.error(at, "", Message.of("file-unreadable", "problem", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Every folder and the file name (without .md) must be a safe lowercase slug. */
    static boolean namesAreSafe(String relative) {
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = i == parts.length - 1 ? parts[i].substring(0, parts[i].length() - 3)
                    : parts[i];
            if (!SAFE_SEGMENT.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}

package org.noticeboard.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Whole folders for tests: copies (of the example content, of the theme) to edit, and built sites
 * read file by file to compare.
 */
public final class SiteFiles {

    private SiteFiles() {}

    /** Copies the repository's example content folder to {@code to}. */
    public static void copyExampleContent(Path to) throws IOException {
        copyTree(Projects.exampleContent(), to);
    }

    /** Copies the folder {@code from}, with everything in it, to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /**
     * Every file below {@code folder}, by its '/'-separated path, in path order; the marker that
     * says the tool published the folder is not part of the site and is left out.
     */
    public static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(folder.resolve(".noticeboard-site"))).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'),
                        Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * The same files as text, one character per byte (ISO-8859-1), so that a failed comparison
     * shows where two files differ and equal text means equal bytes.
     */
    public static Map<String, String> asText(Map<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((path, bytes) -> text.put(path,
                new String(bytes, StandardCharsets.ISO_8859_1)));
        return text;
    }
}

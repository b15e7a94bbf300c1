package org.noticeboard.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files as the site publishes them under {@code assets/}: the one list that
 * the build, each copy of the site and the preview all use, so the preview never serves a file
 * the build would not publish. Symbolic links are skipped (a link {@code static/pw.txt →
 * /etc/passwd} must not become {@code /assets/pw.txt}), and so is any file whose real path is
 * not inside the theme folder.
 */
public final class ThemeAssets {

    private ThemeAssets() {}

    /**
     * Site path ({@code assets/style.css}) → file, in path order: each layer's static files,
     * a site's own file replacing the built-in one at the same path.
     */
    public static SortedMap<String, Path> of(Theme theme) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        for (Path layer : theme.layers()) {
            for (var file : layer(layer).entrySet()) {
                files.putIfAbsent(file.getKey(), file.getValue());
            }
        }
        return files;
    }

    private static SortedMap<String, Path> layer(Path root) throws IOException {
        Path dir = root.resolve("static");
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        Path realTheme = root.toRealPath();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && p.toRealPath().startsWith(realTheme)) {
                    files.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), p);
                }
            }
        }
        return files;
    }
}

package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.noticeboard.diag.SourceLines;
import org.noticeboard.source.TextDecoder;

/** Reads source lines for diagnostics, lazily: only files with problems are read again. */
final class FileLines implements SourceLines {

    private final Path root;
    private final String displayRoot;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    FileLines(Path root, String displayRoot) {
        this.root = root;
        this.displayRoot = displayRoot;
    }

    @Override
    public String line(String file, int line) {
        if (!file.startsWith(displayRoot + "/")) {
            return "";
        }
        List<String> lines = cache.computeIfAbsent(file, f -> {
            try {
                Path p = root.resolve(f.substring(displayRoot.length() + 1));
                return TextDecoder.normalise(Files.readString(p)).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}

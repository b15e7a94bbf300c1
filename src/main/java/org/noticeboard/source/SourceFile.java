package org.noticeboard.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One content file as read from disk: UTF-8 checked, byte-order mark removed and every line end
 * turned into {@code \n}, so later stages count lines the way an editor sees them.
 *
 * @param relative the path inside the content folder, with forward slashes
 * @param displayPath the path shown in messages (e.g. {@code content/street/notice/a.md})
 * @param path the absolute path on disk
 */
public record SourceFile(String relative, String displayPath, Path path, String text) {

    /** The file's lines, 1-based through {@link #line(int)}. */
    public List<String> lines() {
        return text.lines().toList();
    }

    public String line(int oneBased) {
        List<String> lines = lines();
        return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
    }
}

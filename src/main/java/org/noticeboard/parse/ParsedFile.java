package org.noticeboard.parse;

import org.commonmark.node.Node;
import org.noticeboard.source.SourceFile;

/**
 * A content file split and parsed: front matter as plain values with positions, body as a
 * Markdown tree.
 *
 * @param folders the path's folders: board then type, as the file's location says
 * @param slug the file name without {@code .md}
 * @param bodyLineOffset lines of the file before the body's first line
 */
public record ParsedFile(
        SourceFile source,
        java.util.List<String> folders,
        String slug,
        YamlDocument frontMatter,
        String body,
        Node bodyTree,
        int bodyLineOffset) {}

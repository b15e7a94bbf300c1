package org.noticeboard.parse;

import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;

/**
 * Splits a content file into its YAML front matter (between two {@code ---} lines) and its
 * Markdown body, remembering on which line each starts.
 */
public final class FrontMatterSplitter {

    /**
     * @param yaml the front matter text
     * @param yamlLineOffset lines before the first YAML line (1 for the opening fence)
     * @param body the Markdown text after the closing fence
     * @param bodyLineOffset lines before the first body line
     */
    public record Parts(String yaml, int yamlLineOffset, String body, int bodyLineOffset) {}

    public Optional<Parts> split(String text, String file, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.error(new Position(file, 1, 1), "", Message.of("file-empty"));
            return Optional.empty();
        }
        if (!text.startsWith("---\n") && !text.equals("---") && !text.startsWith("--- \n")) {
            diagnostics.error(new Position(file, 1, 1), "", Message.of("front-matter"));
            return Optional.empty();
        }
        int firstNewline = text.indexOf('\n');
        int pos = firstNewline + 1;
        int line = 2;
        while (pos <= text.length() && firstNewline >= 0) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.stripTrailing().equals("---")) {
                String yaml = text.substring(firstNewline + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Parts(yaml, 1, body, line));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        diagnostics.error(new Position(file, 1, 1), "", Message.of("front-matter-not-closed"));
        return Optional.empty();
    }
}

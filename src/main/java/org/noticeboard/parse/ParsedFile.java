package org.noticeboard.parse;

import java.util.List;
import org.commonmark.node.Node;
import org.noticeboard.markdown.BodyInspector;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Attachment;
import org.noticeboard.source.SourceFile;

/**
 * A content file split and parsed: front matter as plain values with positions, the body's
 * findings and its HTML. The Markdown tree itself is not kept: for a large site the trees of
 * every file held at once were most of the build's memory.
 *
 * @param folders the path's folders: board then type, as the file's location says
 * @param slug the file name without {@code .md}
 * @param bodyLineOffset lines of the file before the body's first line
 * @param bodyFindings what later stages check in the body (raw HTML, links, images), found once
 *     by {@link BodyInspector} when the body was parsed
 * @param bodyHtml the body rendered once, with {@code item:} links as markers for
 *     {@link org.noticeboard.markdown.ItemLinks#resolve}
 * @param attachments the files beside the item that the body links to
 */
public record ParsedFile(
        SourceFile source,
        List<String> folders,
        String slug,
        YamlDocument frontMatter,
        String body,
        int bodyLineOffset,
        List<BodyInspector.Found> bodyFindings,
        String bodyHtml,
        List<Attachment> attachments) {

    public ParsedFile {
        attachments = List.copyOf(attachments);
    }

    /**
     * The body's Markdown tree, parsed again on each call.
     *
     * @deprecated parses the body again (the parse stage's most expensive step); use {@link
     *     #bodyFindings()} for what {@link BodyInspector} finds, or {@link #bodyHtml()}
     */
    @Deprecated
    public Node bodyTree() {
        return Lazy.MARKDOWN.parse(body);
    }

    /** Built on first use only: a build never needs it. */
    private static final class Lazy {
        static final MarkdownEngine MARKDOWN = new MarkdownEngine();
    }
}

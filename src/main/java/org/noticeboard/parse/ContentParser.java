package org.noticeboard.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.noticeboard.attachments.AttachmentFinder;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.markdown.BodyInspector;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.markdown.NestingDepth;
import org.noticeboard.model.Attachment;
import org.noticeboard.source.SourceFile;

/** The parse stage: front-matter fences, safe YAML, and the shared Markdown parser. */
public final class ContentParser {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final SafeYamlLoader yaml = new SafeYamlLoader();
    private final BodyInspector inspector = new BodyInspector();
    private final AttachmentFinder attachments = new AttachmentFinder();
    private final MarkdownEngine markdown;
    private final boolean escapeHtml;

    /** A parser for sites that refuse raw HTML in bodies (the default). */
    public ContentParser(MarkdownEngine markdown) {
        this(markdown, true);
    }

    /**
     * @param escapeHtml false under {@code raw_html: sanitize}: raw HTML is kept in the rendered
     *     body, to be cleaned by the render stage
     */
    public ContentParser(MarkdownEngine markdown, boolean escapeHtml) {
        this.markdown = markdown;
        this.escapeHtml = escapeHtml;
    }

    public Optional<ParsedFile> parse(SourceFile file, Diagnostics diagnostics) {
        String file1 = file.displayPath();
        var parts = splitter.split(file.text(), file1, diagnostics);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        var doc = yaml.load(parts.get().yaml(), file1, parts.get().yamlLineOffset(), diagnostics);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = file.relative().split("/");
        List<String> folders = List.copyOf(Arrays.asList(segments).subList(0, segments.length - 1));
        String name = segments[segments.length - 1];
        String slug = name.substring(0, name.length() - ".md".length());
        String body = parts.get().body();
        Node tree = null;
        Optional<Integer> tooDeep;
        try {
            tree = markdown.parse(body);
            tooDeep = NestingDepth.tooDeep(tree);
        } catch (StackOverflowError e) {
            // commonmark recurses once per level of nested emphasis or quotes; the overflow only
            // unwinds this one parse, which holds no shared state.
            tooDeep = Optional.of(1);
        }
        if (tooDeep.isPresent()) {
            diagnostics.error(new Position(file1, parts.get().bodyLineOffset() + tooDeep.get(), 0),
                    "body", Message.of("markdown-too-deep", "limit", NestingDepth.LIMIT));
            return Optional.empty();
        }
        List<BodyInspector.Found> findings = List.copyOf(inspector.inspect(tree));
        List<Attachment> files = attachments.find(file, findings, parts.get().bodyLineOffset(),
                diagnostics);
        return Optional.of(new ParsedFile(file, folders, slug, doc.get(), body,
                parts.get().bodyLineOffset(), findings,
                markdown.renderWithItemMarkers(tree, escapeHtml, files), files));
    }
}

package org.noticeboard.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.markdown.NestingDepth;
import org.noticeboard.source.SourceFile;

/** The parse stage: front-matter fences, safe YAML, and the shared Markdown parser. */
public final class ContentParser {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final SafeYamlLoader yaml = new SafeYamlLoader();
    private final MarkdownEngine markdown;

    public ContentParser(MarkdownEngine markdown) {
        this.markdown = markdown;
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
        org.commonmark.node.Node tree = null;
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
                    "body", "Markdown is nested too deeply (more than " + NestingDepth.LIMIT
                            + " levels of quotes, lists or emphasis)",
                    "flatten the quotes and lists; a notice needs only a few levels");
            return Optional.empty();
        }
        return Optional.of(new ParsedFile(file, folders, slug, doc.get(), body, tree,
                parts.get().bodyLineOffset()));
    }
}

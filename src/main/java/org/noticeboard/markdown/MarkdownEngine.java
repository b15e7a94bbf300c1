package org.noticeboard.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.noticeboard.markdown.internal.CjkInlineParser;
import org.noticeboard.model.Attachment;

/**
 * The one Markdown parser and renderer of a build (both are thread-safe). Chinese text is read
 * as a Chinese reader writes it: emphasis next to full-width punctuation ({@link
 * CjkInlineParser}), bare addresses that end at the first Chinese character ({@link
 * CjkAutolinks}) and no space for a line break between Chinese characters ({@link
 * CjkSoftBreaks}); everything else is CommonMark's. Raw HTML is always
 * escaped by the renderer: the parse stage has already refused it or, under {@code raw_html:
 * sanitize}, the render stage cleans it separately. Link URLs are sanitised: only http, https,
 * mailto, tel and relative links are kept ({@code javascript:}, {@code vbscript:} and also
 * {@code data:}, which commonmark's default allows, become empty links).
 */
public final class MarkdownEngine {

    static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .inlineParserFactory(CjkInlineParser.FACTORY)
            .postProcessor(new CjkAutolinks())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final UrlSanitizer URLS =
            new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"));

    /** Renderers with {@code item:} links left as markers, built once (they are thread-safe). */
    private final HtmlRenderer escaping = markerRenderer(true);
    private final HtmlRenderer passing = markerRenderer(false);

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Renders a parsed body once, in the parse stage, with each {@code item:} link target left as
     * a marker that {@link ItemLinks#resolve} turns into the relative URL of the page it is shown
     * on. So a body is parsed and rendered once per build, however many pages show it.
     */
    public String renderWithItemMarkers(Node document, boolean escapeHtml) {
        return (escapeHtml ? escaping : passing).render(document);
    }

    /**
     * As {@link #renderWithItemMarkers(Node, boolean)}, with links to the body's attached files
     * as markers of their published address (a renderer for this body only: few bodies have
     * attachments).
     */
    public String renderWithItemMarkers(Node document, boolean escapeHtml,
            List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return renderWithItemMarkers(document, escapeHtml);
        }
        Map<String, Attachment> files = new HashMap<>();
        attachments.forEach(a -> files.putIfAbsent(a.link(), a));
        return markerRenderer(escapeHtml, Map.copyOf(files)).render(document);
    }

    private static HtmlRenderer markerRenderer(boolean escapeHtml) {
        return markerRenderer(escapeHtml, Map.of());
    }

    private static HtmlRenderer markerRenderer(boolean escapeHtml, Map<String, Attachment> files) {
        return withCjkLineBreaks(HtmlRenderer.builder())
                .extensions(EXTENSIONS)
                .escapeHtml(escapeHtml)
                .sanitizeUrls(true)
                .urlSanitizer(URLS)
                .attributeProviderFactory(context -> new ItemLinkAttributes(ItemLinks::marker, files))
                .build();
    }

    static HtmlRenderer.Builder withCjkLineBreaks(HtmlRenderer.Builder builder) {
        return builder.nodeRendererFactory(CjkSoftBreaks::new);
    }

    /**
     * Renders with {@code item:} links resolved by {@code links} (given an item id, the relative
     * URL from the page being written) and the renderer for raw HTML chosen by {@code escapeHtml}.
     */
    public String render(Node document, Function<String, String> links, boolean escapeHtml) {
        return ItemLinks.resolve(renderWithItemMarkers(document, escapeHtml), links);
    }

    /** As {@link #render(Node, Function, boolean)}, with the body's attached files linked. */
    public String render(Node document, Function<String, String> links, boolean escapeHtml,
            List<Attachment> attachments) {
        return ItemLinks.resolve(renderWithItemMarkers(document, escapeHtml, attachments), links);
    }
}

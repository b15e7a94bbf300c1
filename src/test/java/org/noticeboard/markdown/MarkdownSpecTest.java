package org.noticeboard.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * The CommonMark spec's own examples through our parser: the CJK changes keep every other
 * CommonMark behaviour. The reference is commonmark-java as {@link MarkdownEngine} configured it
 * before them (its autolink extension already makes some examples fail: bare URLs become links).
 * Both are rendered plainly, without our escaping or heading anchors, which the spec does not
 * expect; ours with its CJK line breaks.
 */
class MarkdownSpecTest {

    private static final List<Extension> COMMONMARK_AS_CONFIGURED = List.of(
            TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), HeadingAnchorExtension.create());
    private static final List<Extension> RENDERING = List.of(
            TablesExtension.create(), StrikethroughExtension.create());

    private final Parser reference = Parser.builder().extensions(COMMONMARK_AS_CONFIGURED)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer referenceHtml = HtmlRenderer.builder().extensions(RENDERING)
            .build();
    private final MarkdownEngine ours = new MarkdownEngine();
    private final HtmlRenderer ourHtml = MarkdownEngine.withCjkLineBreaks(HtmlRenderer.builder())
            .extensions(RENDERING).build();

    @Test
    void everySpecExampleThatCommonmarkPassesStillPassesAndNoneChanges() {
        List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
        int referencePasses = 0;
        int ourPasses = 0;
        List<String> lost = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Example example : examples) {
            String before = referenceHtml.render(reference.parse(example.getSource()));
            String after = ourHtml.render(ours.parse(example.getSource()));
            boolean referencePasses1 = before.equals(example.getHtml());
            boolean ourPasses1 = after.equals(example.getHtml());
            referencePasses += referencePasses1 ? 1 : 0;
            ourPasses += ourPasses1 ? 1 : 0;
            if (referencePasses1 && !ourPasses1) {
                lost.add(example.toString());
            }
            if (!before.equals(after)) {
                changed.add(example + ": " + before + " → " + after);
            }
        }
        System.out.printf("spec examples: %d, commonmark passes %d, ours %d%n", examples.size(),
                referencePasses, ourPasses);
        assertEquals(List.of(), lost, "examples commonmark passes and ours fails");
        assertEquals(List.of(), changed, "examples whose rendering changed");
        assertTrue(examples.size() > 600, "spec.txt read: " + examples.size());
    }
}

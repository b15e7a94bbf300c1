package org.noticeboard.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.noticeboard.markdown.MarkdownEngine;

/** Search terms follow the rendered text: a line break between Chinese characters joins them. */
class CjkSearchTextTest {

    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();

    private static Set<String> terms(String markdown) {
        String html = MARKDOWN.renderWithItemMarkers(MARKDOWN.parse(markdown), true);
        return SearchTokens.terms(BodyText.of(html), false);
    }

    @Test
    void wordsSplitByALineBreakInChineseTextAreFound() {
        Set<String> terms = terms("请携带本人身份证\n原件到社区服务站办理。");
        assertTrue(terms.contains("证原"), terms.toString());
    }

    @Test
    void aLineBreakBeforeLatinTextStillSeparatesWords() {
        Set<String> terms = terms("本次会议通过了\nGDP统计口径");
        assertFalse(terms.stream().anyMatch(t -> t.contains("了g") || t.contains("了G")),
                terms.toString());
        assertTrue(terms.contains("gdp") || terms.contains("GDP"), terms.toString());
    }
}

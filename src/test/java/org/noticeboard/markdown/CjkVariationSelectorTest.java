package org.noticeboard.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variation selectors in the CJK-friendly rule: a Han character with an ideographic (U+E01xx) or
 * standard (U+FE00) variation selector still counts as CJK before a delimiter run; the emoji
 * selector U+FE0F does not make an emoji CJK (it hides the emoji, a symbol and so punctuation to
 * CommonMark, as a bare ⭐ is). The next character is ASCII punctuation, where CommonMark alone
 * opens only after whitespace or punctuation.
 */
class CjkVariationSelectorTest {

    private final MarkdownEngine markdown = new MarkdownEngine();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            葛\uDB40\uDD00**"注"**为准 | "注"
            羽\uFE00**"注"**为准 | "注"
            ⭐\uFE0F**"注"**为准 |
            ⭐**"注"**为准 | "注"
            葛**"注"**为准 | "注"
            """)
    void aSelectedHanCharacterCountsAsCjkAndAnEmojiDoesNot(String source, String strong) {
        String html = markdown.render(markdown.parse(source), id -> id, true);
        assertEquals(strong == null ? List.of() : List.of(strong),
                Jsoup.parseBodyFragment(html).select("strong").eachText(), html);
    }
}

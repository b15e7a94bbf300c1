package org.noticeboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.noticeboard.markdown.ItemLinks;
import org.noticeboard.markdown.MarkdownEngine;

/** The search index reads body text without jsoup; its terms must be the ones jsoup's text gives. */
class BodyTextTest {

    private static final MarkdownEngine MARKDOWN = new MarkdownEngine();

    @Test
    void givesTheTermsOfJsoupsTextForEveryKindOfMarkdown() {
        List<String> bodies = List.of(
                "街道**办事处**公开，见[《规程》](item:street/policy/a)和<https://example.org/x?a=1&b=2>。",
                "## 一、适用范围 Scope\n\n居民*申请*~~低保~~救助，`code`文本。\n\n- 甲项\n- 乙项\n\n1. 第一\n2. 第二",
                "| 事项 | 时限 |\n| --- | --- |\n| 低保 | 5个工作日 |\n| 救助 | 10 days |\n\n表后文字",
                "行一  \n行二\\\n行三\n\n> 引用**加粗**文字\n\n---\n\n```\n代码 block\n```",
                "Fish &amp; chips &lt;b&gt; &copy; 2026 &#x4e2d;&#25991; A&B \"quoted\" 'single'",
                "![图片说明](img/a.png)图后文字<del>删除</del>接着");
        for (String body : bodies) {
            String html = ItemLinks.resolve(MARKDOWN.renderWithItemMarkers(MARKDOWN.parse(body),
                    true), id -> "../../" + id + ".html");
            assertEquals(List.copyOf(SearchTokens.terms(Jsoup.parse(html).text(), false)),
                    List.copyOf(SearchTokens.terms(BodyText.of(html), false)), html);
        }
    }

    @Test
    void separatesWordsAtBlockTagsOnlyAsJsoupDoes() {
        String html = "<p>甲<strong>乙</strong>丙</p><p>丁</p><ul><li>戊</li><li>己<br>庚</li></ul>"
                + "<div>辛<span>壬</span></div><del>癸</del>子<dl><dt>丑</dt><dd>寅</dd></dl>";
        assertEquals(List.copyOf(SearchTokens.terms(Jsoup.parse(html).text(), true)),
                List.copyOf(SearchTokens.terms(BodyText.of(html), true)));
    }
}

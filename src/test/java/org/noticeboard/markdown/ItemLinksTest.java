package org.noticeboard.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ItemLinksTest {

    @Test
    void resolvesEveryMarkedLinkAndLeavesTheRest() {
        String html = "<p>见<a href=\"" + ItemLinks.marker("street/policy/a") + "\">通知</a>和"
                + "<a href=\"https://example.org/\">外链</a></p>";
        assertEquals("<p>见<a href=\"../street/policy/a.html?x=1&amp;y=&quot;\">通知</a>和"
                + "<a href=\"https://example.org/\">外链</a></p>",
                ItemLinks.resolve(html, id -> "../" + id + ".html?x=1&y=\""));
    }

    @Test
    void aBodyWithoutItemLinksIsReturnedAsItIs() {
        String html = "<p>没有链接</p>";
        assertSame(html, ItemLinks.resolve(html, id -> "x"));
    }

    @Test
    void randomBodiesResolveAsWithAStringBuilder() {
        Random random = new Random(20261130);
        String[] pieces = {"<p>", "公示期", "a", "\"", "href=\"", ItemLinks.marker("b/t/s"),
            ItemLinks.marker("长/路径/很长很长很长很长很长很长很长很长很长很长很长很长很长很长"), "</a>",
            "&amp;", "\n"};
        Function<String, String> links = id -> "../../" + id + ".html";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            assertEquals(withStringBuilder(text, links), ItemLinks.resolve(text, links), text);
        }
    }

    /** ItemLinks.resolve as first written. */
    private static String withStringBuilder(String html, Function<String, String> links) {
        String marker = "href=\"\u0001";
        int at = html.indexOf(marker);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (at >= 0) {
            int start = at + marker.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            out.append(html, from, at).append("href=\"").append(links.apply(
                    html.substring(start, end)).replace("&", "&amp;").replace("\"", "&quot;")
                    .replace("<", "&lt;"));
            from = end;
            at = html.indexOf(marker, end);
        }
        return out.append(html, from, html.length()).toString();
    }
}

package org.noticeboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Site;
import org.noticeboard.render.ThemeLoader;
import org.noticeboard.render.ViewFactory;
import org.noticeboard.testing.Chromium;
import org.noticeboard.testing.ExampleBuild;
import org.noticeboard.testing.Projects;

/**
 * Search on the example site: the Java ranking is the oracle, and the page's own script, run in
 * headless Chromium from file://, must show the same results in the same order.
 */
class SearchTest {

    @TempDir
    static Path temp;

    static Path site;
    static SearchIndex index;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        BuildResult result = ExampleBuild.into(site, Optional.empty());
        assertTrue(result.published(), result.diagnostics().toString());
        Site model = result.site().orElseThrow();
        var theme = new ThemeLoader().load(Projects.theme(), new Diagnostics()).orElseThrow();
        index = SearchPages.build(model, new ViewFactory(model, theme.messages("zh-CN"),
                "zh-CN", new MarkdownEngine()));
    }

    private static List<String> paths(String query) {
        return index.search(query).stream().map(SearchIndex.Doc::path).toList();
    }

    @Test
    void chineseTermsAreCharacterPairsAndEnglishTermsAreLowercaseWords() {
        assertEquals(Set.of("低保", "保申", "申请"), SearchTokens.terms("低保申请", false));
        assertEquals(Set.of("房"), SearchTokens.terms("房", false));
        assertEquals(Set.of("residence", "permit", "2026"),
                SearchTokens.terms("Residence PERMIT, ２０２６", false));
        assertEquals(Set.of("停水", "水通", "通知", "停", "水", "通", "知"),
                SearchTokens.terms("停水通知", true));
    }

    @Test
    void dibaoFindsTheProcedureAndTheReviewNotices() {
        List<String> hits = paths("低保");
        assertTrue(hits.contains("street/procedure/dibao-application.html"), hits.toString());
        for (String notice : List.of("dongsi/notice/dibao-review-2026-11.html",
                "xinhua/notice/dibao-review-2026-11.html",
                "liuyin/notice/dibao-review-2026-10.html")) {
            assertTrue(hits.contains(notice), notice + " in " + hits);
        }
        assertFalse(hits.contains("street/notice/water-cut-2026-12.html"));
        // 低保 is in the procedure's keywords (weight 2) as in the notices'; the procedure and the
        // notices outrank pages that only mention it in the body.
        int procedure = hits.indexOf("street/procedure/dibao-application.html");
        int bodyOnly = hits.indexOf("street/page/about.html");
        assertTrue(bodyOnly < 0 || procedure < bodyOnly, hits.toString());
    }

    @Test
    void aTitleRanksFirst() {
        assertEquals("street/procedure/dibao-application.html", paths("最低生活保障申请").get(0));
        assertEquals("street/notice/water-cut-2026-12.html", paths("临时停水").get(0));
    }

    @Test
    void englishWordsFindTheEnglishPage() {
        assertEquals("street/page/english-summary.html", paths("residence").get(0));
        assertEquals("street/page/english-summary.html", paths("About this SITE").get(0));
        assertEquals(List.of(), paths("zzzz"));
    }

    @Test
    void aSingleCharacterMatchesTitlesAndKeywords() {
        List<String> hits = paths("水");
        assertTrue(hits.contains("street/notice/water-cut-2026-12.html"), hits.toString());
    }

    @Test
    void indexIsAScriptThatSetsAGlobal() throws Exception {
        String js = Files.readString(site.resolve("search/index.js"));
        assertTrue(js.startsWith("window.NOTICEBOARD_SEARCH={\"v\":2,"), js.substring(0, 40));
        assertTrue(js.contains("\"termShards\":"), js);
        assertTrue(js.endsWith("};\n"));
        Document page = Jsoup.parse(site.resolve("search.html").toFile(), "UTF-8");
        assertEquals(List.of("./search/index.js", "./assets/search.js"),
                page.select("script[src]").eachAttr("src"));
        assertEquals("q", page.selectFirst("#q").attr("name"));
    }

    @Test
    void withoutJavaScriptThePageListsEveryBoardsCategories() throws Exception {
        Document page = Jsoup.parse(site.resolve("search.html").toFile(), "UTF-8");
        List<String> boards = page.select("table.browse tbody th a").eachText();
        assertEquals(List.of("和平街道办事处", "东四社区居民委员会", "新华社区居民委员会",
                "柳荫社区居民委员会"), boards);
        assertTrue(page.select("table.browse a[href=./street/procedure/index.html]").hasText());
        assertFalse(page.select("noscript").isEmpty());
    }

    @Test
    void everyPageHasTheSearchFormInItsHeader() throws Exception {
        Document item = Jsoup.parse(site.resolve("street/notice/water-cut-2026-12.html")
                .toFile(), "UTF-8");
        var form = item.selectFirst("header form[role=search]");
        assertEquals("../../search.html", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertEquals("q", form.selectFirst("input").attr("name"));
    }

    @Test
    void theBrowserShowsWhatTheOracleFinds() throws Exception {
        Chromium.assumeAvailable();
        for (String query : List.of("低保", "residence", "最低生活保障申请", "水", "公示 2026")) {
            String url = site.resolve("search.html").toUri() + "?q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8);
            Document dom = Jsoup.parse(Chromium.dumpDom(url, temp));
            List<String> shown = dom.select("#search-results li a").eachAttr("href");
            List<String> expected = paths(query).stream().limit(20).map(p -> "./" + p).toList();
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, shown, query);
            var first = dom.selectFirst("#search-results li");
            assertTrue(first.selectFirst(".search-board").hasText(), query);
            assertTrue(first.selectFirst(".search-type").hasText(), query);
            assertTrue(dom.selectFirst(".search-count").text().contains(query), query);
        }
    }

    @Test
    void resultsComeTwentyToAPageWithPlainLinks() throws Exception {
        Chromium.assumeAvailable();
        String query = Stream.of("社区", "街道", "居民", "2026").filter(q -> paths(q).size() > 20)
                .findFirst().orElseThrow();
        List<String> all = paths(query);
        String url = site.resolve("search.html").toUri() + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&p=2";
        Document dom = Jsoup.parse(Chromium.dumpDom(url, temp));
        assertEquals(all.stream().skip(20).limit(20).map(p -> "./" + p).toList(),
                dom.select("#search-results li.card a").eachAttr("href"));
        assertEquals(List.of("?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        .replace("+", "%20") + "&p=1"),
                dom.select("nav.search-pager a[rel=prev]").eachAttr("href"));
    }
}

package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The English and large-text copies of the site, and the language of what items are written in. */
class EditionsTest {

    static final String BOTH = TestSite.SITE_YAML.replace("hotline: \"010-65212345\"\nindex",
            "hotline: \"010-65212345\"\nlanguages: [zh-CN, en]\nlarge_text: true\n"
                    + "title_en: Test Street Notice Board\nindex");

    @TempDir
    Path temp;

    TestSite site() {
        return TestSite.in(temp).file("site.yaml", BOTH)
                .file("street/policy/rules.md", Items.policy("测试规定"))
                .file("street/page/english.md", """
                        ---
                        title: About this site
                        lang: en
                        ---
                        Written in English.
                        """);
    }

    @Test
    void englishCopyHasTheEnglishInterfaceAndMarksChineseContent() {
        TestSite site = site();
        assertTrue(site.build().published());

        Document en = site.page("en/street/policy/rules.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("zh-CN", en.selectFirst("article").attr("lang"));
        assertEquals("Home", en.selectFirst("nav.breadcrumbs a").text());
        assertTrue(en.select("table.meta td").eachText().contains("1 November 2026"));
        assertTrue(en.title().endsWith("Test Street Notice Board"), en.title());
        Document zh = site.page("street/policy/rules.html");
        assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
        assertFalse(zh.selectFirst("article").hasAttr("lang"));
        assertTrue(zh.select("table.meta td").eachText().contains("2026年11月1日"));
    }

    @Test
    void anItemWrittenInEnglishSaysSoOnItsArticleAndCard() {
        TestSite site = site();
        assertTrue(site.build().published());

        assertEquals("en", site.page("street/page/english.html").selectFirst("article")
                .attr("lang"));
        assertFalse(site.page("en/street/page/english.html").selectFirst("article")
                .hasAttr("lang"));
        assertEquals("en", site.page("street/page/index.html")
                .selectFirst("a.card-title").attr("lang"));
    }

    @Test
    void everyPageLinksToItsOtherCopiesAndLargeTextPersistsAcrossPages() {
        TestSite site = site();
        assertTrue(site.build().published());

        Document zh = site.page("street/policy/rules.html");
        assertEquals(List.of("../../en/street/policy/rules.html",
                        "../../large/street/policy/rules.html"),
                zh.select(".nav-wide nav.editions a").eachAttr("href"));
        assertEquals("en", zh.selectFirst(".nav-wide nav.editions a").attr("hreflang"));
        Document large = site.page("en/large/street/policy/rules.html");
        assertEquals("large-text", large.selectFirst("html").className());
        assertEquals(List.of("../../../../large/street/policy/rules.html",
                        "../../../../en/street/policy/rules.html"),
                large.select(".nav-wide nav.editions a").eachAttr("href"));
        // links inside the large copy stay in it, so the choice holds from page to page
        assertEquals("../../index.html", large.selectFirst("nav.breadcrumbs a").attr("href"));
        assertTrue(Files.isRegularFile(site.output().resolve("en/large/assets/style.css")));
    }

    @Test
    void aSiteWithOneLanguageHasNoCopies() {
        TestSite site = TestSite.in(temp).file("street/policy/rules.md", Items.policy("测试规定"));
        assertTrue(site.build().published());

        assertFalse(Files.exists(site.output().resolve("en")));
        assertFalse(Files.exists(site.output().resolve("large")));
        assertTrue(site.page("street/policy/rules.html").select("nav.editions").isEmpty());
    }

    @Test
    void unknownLanguageAndWrongOrderAreReported() {
        var unknown = TestSite.in(temp).file("site.yaml", BOTH.replace("[zh-CN, en]",
                "[zh-CN, fr]")).check();
        assertEquals(List.of("content/site.yaml:4:20: error: language 'fr' is not supported "
                + "[languages.1]"), TestSite.lines(unknown).stream().map(l -> l.replaceFirst(
                        "^.*content/", "content/")).toList());
        var order = TestSite.in(temp.resolve("b")).file("site.yaml", BOTH.replace("[zh-CN, en]",
                "[en, zh-CN]")).check();
        assertEquals(1, TestSite.lines(order).size());
        assertTrue(TestSite.lines(order).get(0).contains("the first of 'languages' must be "
                + "the site's 'language' (zh-CN)"), TestSite.lines(order).toString());
    }

    @Test
    void itemLanguageMustBeKnown() {
        var result = TestSite.in(temp).file("street/page/x.md",
                "---\ntitle: X\nlang: fr\n---\nx\n").check();
        assertEquals(1, TestSite.lines(result).size(), TestSite.lines(result).toString());
        assertTrue(TestSite.lines(result).get(0).contains("[lang]"));
    }
}

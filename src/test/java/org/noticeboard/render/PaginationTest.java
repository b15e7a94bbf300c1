package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.TestSite;

/**
 * Listings in pages of 30 numbered from the oldest: adding an item changes only the newest page
 * and the listing's first page, so a link to page 1 keeps pointing at the same items.
 */
class PaginationTest {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @TempDir
    Path temp;

    static String policy(int n) {
        return """
                ---
                title: 第%d号工作制度
                published: %s
                doc_no: 测街发〔2026〕%d号
                ---
                正文。
                """.formatted(n, FIRST.plusDays(n), n);
    }

    /** {@code count} policies on the street board, one a day from 2 January. */
    private TestSite site(String folder, int count) {
        TestSite site = TestSite.in(temp.resolve(folder));
        for (int n = 1; n <= count; n++) {
            site.file("street/policy/p" + n + ".md", policy(n));
        }
        BuildResult result = site.build();
        assertTrue(result.published(), result.diagnostics().toString());
        return site;
    }

    @Test
    void addingAnItemLeavesEveryOlderPageByteIdentical() throws Exception {
        TestSite before = site("before", 65);
        TestSite after = site("after", 66);
        for (String listing : List.of("street/policy/", "policy/")) {
            for (String older : List.of("page-1.html", "page-2.html")) {
                assertArrayEquals(bytes(before, listing + older), bytes(after, listing + older),
                        listing + older + " changed");
            }
            assertFalse(List.of(bytes(before, listing + "page-3.html"))
                    .equals(List.of(bytes(after, listing + "page-3.html"))));
            assertFalse(Files.exists(after.output().resolve(listing + "page-4.html")));
        }
        assertEquals(30, after.page("street/policy/page-1.html").select("ul.cards li").size());
        assertEquals(6, after.page("street/policy/page-3.html").select("ul.cards li").size());
    }

    @Test
    void pageOneHoldsTheOldestAndTheFirstPageTheNewest() {
        TestSite site = site("site", 65);
        assertEquals(titles(31, 60), site.page("street/policy/page-2.html")
                .select("ul.cards .card-title").eachText());
        List<String> newest = site.page("street/policy/index.html")
                .select("ul.cards .card-title").eachText();
        assertEquals(titles(36, 65), newest);
        assertTrue(site.page("street/policy/page-1.html").select("ul.cards .card-title")
                .eachText().contains("第1号工作制度"));
    }

    @Test
    void everyPageIsReachableByPlainLinksThatWorkFromAFolder() {
        TestSite site = site("site", 65);
        Document index = site.page("street/policy/index.html");
        String here = "../../street/policy/";
        assertEquals(List.of(here + "page-3.html", here + "page-2.html", here + "page-1.html"),
                index.select("nav.pager a").eachAttr("href"));
        Document middle = site.page("street/policy/page-2.html");
        assertEquals(List.of(here + "index.html", here + "page-3.html", here + "page-1.html"),
                middle.select("nav.pager a").eachAttr("href"));
        assertEquals(List.of(here + "index.html", here + "page-2.html"),
                site.page("street/policy/page-3.html").select("nav.pager a").eachAttr("href"));
        assertTrue(middle.title().contains("第2页"), middle.title());
        for (String page : List.of("street/policy/index.html", "street/policy/page-2.html")) {
            for (Element a : site.page(page).select("nav.pager a, ul.cards a")) {
                Path target = site.output().resolve(page).getParent().resolve(a.attr("href"));
                assertTrue(Files.isRegularFile(target.normalize()), page + " -> " + a.attr("href"));
            }
        }
        assertTrue(index.select("script").isEmpty(), "paging needs no script");
    }

    @Test
    void aBoardsArchiveIsGroupedByYear() {
        TestSite site = TestSite.in(temp);
        site.file("street/policy/old.md", """
                ---
                title: 旧制度
                published: 2025-03-01
                doc_no: 测街发〔2025〕1号
                validity: repealed
                no_successor: 工作已结束
                ---
                正文。
                """);
        site.file("street/policy/older.md", policy(1).replace("validity", "x")
                .replace("published: 2026-01-02", "published: 2026-01-02\nvalidity: repealed\n"
                        + "no_successor: 工作已结束"));
        BuildResult result = site.build();
        assertTrue(result.published(), result.diagnostics().toString());
        Document archive = site.page("street/archive.html");
        assertEquals(List.of("2026", "2025"), archive.select("main section h2").eachText());
        assertEquals(List.of("旧制度"), archive.select("#y-2025 ~ ul.cards .card-title")
                .eachText());
        assertEquals(2, archive.select("nav.years a").size());
        assertTrue(Files.isRegularFile(site.output().resolve("street/archive/page-1.html")));
    }

    @Test
    void aFileNamedLikeANumberedPageIsReserved() {
        TestSite site = TestSite.in(temp).file("street/policy/page-2.md", policy(1));
        assertEquals(List.of("content/street/policy/page-2.md: error: the file name "
                        + "'page-2.md' is reserved: its page would overwrite the listing "
                        + "street/policy/index.html"),
                TestSite.lines(site.build()));
    }

    private static List<String> titles(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).map(n -> to + from - n)
                .mapToObj(n -> "第" + n + "号工作制度").toList();
    }

    private static byte[] bytes(TestSite site, String path) throws Exception {
        return Files.readAllBytes(site.output().resolve(path));
    }
}

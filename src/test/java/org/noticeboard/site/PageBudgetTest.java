package org.noticeboard.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.ExampleBuild;

/**
 * The example site as a resident on a cheap phone and a slow connection gets it: nothing is
 * loaded from other hosts (no web fonts, scripts or images from elsewhere), and every item page
 * with its style sheet and scripts weighs at most 50 KB.
 */
class PageBudgetTest {

    static final int ITEM_PAGE_BUDGET = 50 * 1024;
    static final Pattern EXTERNAL = Pattern.compile("^(?i)(https?:)?//");
    static final Pattern CSS_EXTERNAL = Pattern.compile(
            "(?i)(@import|url\\(\\s*['\"]?(https?:)?//|@font-face)");

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        assertTrue(ExampleBuild.into(site).published());
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> pages = ExampleBuild.files(site, ".html");
        for (String page : pages) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            for (Element el : doc.select("script[src], img[src], img[srcset], source, iframe, "
                    + "video, audio, embed, object, link[rel~=(?i)stylesheet|icon|preload|"
                    + "modulepreload|prefetch|manifest]")) {
                for (String attr : List.of("src", "href", "srcset", "data", "poster")) {
                    if (EXTERNAL.matcher(el.attr(attr).strip()).find()) {
                        found.add(page + ": <" + el.tagName() + " " + attr + "=" + el.attr(attr));
                    }
                }
            }
            doc.select("style").forEach(s -> {
                if (CSS_EXTERNAL.matcher(s.data()).find()) {
                    found.add(page + ": <style> loads from elsewhere");
                }
            });
        }
        for (String css : ExampleBuild.files(site, ".css")) {
            if (CSS_EXTERNAL.matcher(Files.readString(site.resolve(css))).find()) {
                found.add(css + " imports or loads fonts from elsewhere");
            }
        }
        assertEquals(List.of(), found);
        assertTrue(pages.size() >= 300);
    }

    @Test
    void everyItemPageWithItsStylesAndScriptsWeighsAtMost50KB() throws IOException {
        Map<String, Integer> weights = new TreeMap<>();
        for (String page : ExampleBuild.files(site, ".html")) {
            if (!isItemPage(page)) {
                continue;
            }
            Path file = site.resolve(page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            long bytes = Files.size(file);
            for (Element el : doc.select("link[rel~=stylesheet][href], script[src]")) {
                String ref = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                bytes += Files.size(file.getParent().resolve(URI.create(ref).getPath())
                        .normalize());
            }
            weights.put(page, (int) bytes);
        }
        assertFalse(weights.isEmpty());
        List<String> over = weights.entrySet().stream()
                .filter(e -> e.getValue() > ITEM_PAGE_BUDGET)
                .map(e -> e.getKey() + " " + e.getValue() + " bytes").toList();
        assertEquals(List.of(), over, "item pages over " + ITEM_PAGE_BUDGET + " bytes");
        var heaviest = weights.entrySet().stream().max(Map.Entry.comparingByValue()).get();
        System.out.println("heaviest item page: " + heaviest.getKey() + " "
                + heaviest.getValue() + " bytes of " + weights.size() + " item pages");
    }

    /** {@code [copy/]board/type/slug.html}, not a listing ({@code index.html}). */
    private static boolean isItemPage(String page) {
        String[] parts = page.replaceFirst("^(en/)?(large/)?", "").split("/");
        // print/<board>/week.html is the clerk's print job of a whole board, not a page to browse
        return parts.length == 3 && !parts[2].equals("index.html") && !parts[0].equals("print")
                && !parts[2].matches("page-[0-9]+\\.html");
    }
}

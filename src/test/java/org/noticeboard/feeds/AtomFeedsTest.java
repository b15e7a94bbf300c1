package org.noticeboard.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.ExampleBuild;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Feeds, sitemap and robots.txt of the example site, with and without a base URL. */
class AtomFeedsTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path temp;

    static Path plain;
    static Path based;

    @BeforeAll
    static void build() {
        plain = temp.resolve("plain");
        based = temp.resolve("based");
        assertTrue(ExampleBuild.into(plain, Optional.empty()).published());
        assertTrue(ExampleBuild.into(based, Optional.of("https://heping.example.gov.cn/gk/"))
                .published());
    }

    static Document xml(Path file) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name);
        return found.get(0).getTextContent();
    }

    /** RFC 4287 4.1.1 and 4.1.2: the elements a feed and each entry must have. */
    static List<Element> assertValidFeed(Path file) throws Exception {
        Element feed = xml(file).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(text(feed, "id").startsWith("urn:uuid:"));
        assertFalse(text(feed, "title").isBlank());
        OffsetDateTime.parse(text(feed, "updated"));
        assertFalse(text((Element) children(feed, "author").get(0), "name").isBlank());
        List<Element> entries = children(feed, "entry");
        var ids = new HashSet<String>();
        for (Element e : entries) {
            assertTrue(ids.add(text(e, "id")), "ids are unique");
            assertFalse(text(e, "title").isBlank());
            OffsetDateTime.parse(text(e, "updated"));
            OffsetDateTime.parse(text(e, "published"));
            assertTrue(children(e, "link").stream()
                    .anyMatch(l -> l.getAttribute("rel").equals("alternate")));
        }
        return entries;
    }

    @Test
    void siteFeedIsValidAtomNewestFirst() throws Exception {
        List<Element> entries = assertValidFeed(plain.resolve("feed.xml"));
        assertTrue(entries.size() >= 30, "entries: " + entries.size());
        List<String> published = entries.stream().map(e -> text(e, "published")).toList();
        assertEquals(published.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                published);
        // Relative links resolve from the feed's own place to generated pages.
        for (Element e : entries) {
            String href = children(e, "link").get(0).getAttribute("href");
            assertTrue(Files.isRegularFile(plain.resolve(href)), href);
        }
        assertFalse(Files.readString(plain.resolve("feed.xml"))
                .contains("grid-management-rules"), "drafts are not in the feed");
    }

    @Test
    void boardFeedHasOnlyThatBoardsItems() throws Exception {
        List<Element> entries = assertValidFeed(plain.resolve("dongsi/feed.xml"));
        assertFalse(entries.isEmpty());
        for (Element e : entries) {
            String href = children(e, "link").get(0).getAttribute("href");
            assertTrue(href.startsWith("../dongsi/"), href);
            assertTrue(Files.isRegularFile(plain.resolve("dongsi").resolve(href)), href);
        }
    }

    @Test
    void idsAreStableWhetherOrNotTheSiteHasABaseUrl() throws Exception {
        List<String> a = assertValidFeed(plain.resolve("feed.xml")).stream()
                .map(e -> text(e, "id")).toList();
        List<Element> withBase = assertValidFeed(based.resolve("feed.xml"));
        assertEquals(a, withBase.stream().map(e -> text(e, "id")).toList());
        assertTrue(children(withBase.get(0), "link").get(0).getAttribute("href")
                .startsWith("https://heping.example.gov.cn/gk/"));
        Element feed = xml(based.resolve("feed.xml")).getDocumentElement();
        assertTrue(children(feed, "link").stream().anyMatch(l -> l.getAttribute("rel")
                .equals("self") && l.getAttribute("href")
                .equals("https://heping.example.gov.cn/gk/feed.xml")));
    }

    @Test
    void pagesAnnounceTheirFeeds() throws Exception {
        var board = Jsoup.parse(plain.resolve("xinhua/notice/index.html").toFile(), "UTF-8");
        assertEquals(List.of("../../feed.xml", "../../xinhua/feed.xml"),
                board.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        var home = Jsoup.parse(plain.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("./feed.xml"),
                home.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
    }

    @Test
    void robotsAlwaysSitemapAndCanonicalOnlyWithABaseUrl() throws Exception {
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(plain.resolve("robots.txt")));
        assertFalse(Files.exists(plain.resolve("sitemap.xml")));
        assertTrue(Jsoup.parse(plain.resolve("index.html").toFile(), "UTF-8")
                .select("link[rel=canonical]").isEmpty());
        assertTrue(Files.readString(based.resolve("robots.txt"))
                .contains("Sitemap: https://heping.example.gov.cn/gk/sitemap.xml\n"));
        Document sitemap = xml(based.resolve("sitemap.xml"));
        var locs = sitemap.getElementsByTagNameNS(SiteMap.NS, "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.contains("https://heping.example.gov.cn/gk/street/notice/"
                + "water-cut-2026-12.html"));
        for (String url : urls) {
            String path = url.substring("https://heping.example.gov.cn/gk/".length());
            assertTrue(Files.isRegularFile(based.resolve(path)), path);
        }
        assertEquals("https://heping.example.gov.cn/gk/street/notice/water-cut-2026-12.html",
                Jsoup.parse(based.resolve("street/notice/water-cut-2026-12.html").toFile(),
                        "UTF-8").selectFirst("link[rel=canonical]").attr("href"));
    }
}

package org.noticeboard.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap lists every copy of the site, each page with its other languages. */
class SiteMapTest {

    static final String BASE = "https://gk.example.gov.cn/";

    @TempDir
    Path temp;

    @Test
    void englishAndLargeTextCopiesAreListedWithHreflangAlternates() throws Exception {
        TestSite site = TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML.replace("index_prefix:",
                        "languages: [zh-CN, en]\nlarge_text: true\nindex_prefix:"))
                .file("street/policy/rules.md", Items.policy("工作制度"))
                .baseUrl(BASE);
        var result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(
                site.output().resolve("sitemap.xml").toFile());
        List<String> locs = new ArrayList<>();
        NodeList urls = xml.getElementsByTagNameNS(SiteMap.NS, "url");
        Element english = null;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SiteMap.NS, "loc").item(0).getTextContent();
            locs.add(loc);
            assertTrue(Files.isRegularFile(site.output().resolve(loc.substring(BASE.length()))),
                    loc);
            if (loc.equals(BASE + "en/street/policy/rules.html")) {
                english = url;
            }
        }
        for (String copy : List.of("", "en/", "large/", "en/large/")) {
            assertTrue(locs.contains(BASE + copy + "street/policy/rules.html"), copy);
            assertTrue(locs.contains(BASE + copy + "street/policy/page-1.html"), copy);
        }
        NodeList links = english.getElementsByTagNameNS(SiteMap.XHTML, "link");
        List<String> alternates = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertEquals("alternate", link.getAttribute("rel"));
            alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        assertEquals(List.of("zh-CN " + BASE + "street/policy/rules.html",
                "en " + BASE + "en/street/policy/rules.html"), alternates);
    }

    @Test
    void aSiteOverTheProtocolsLimitGetsAnIndexOfSitemaps() throws Exception {
        TestSite site = TestSite.in(temp).file("street/policy/rules.md", Items.policy("工作制度"))
                .baseUrl(BASE);
        var result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        var model = result.site().orElseThrow();
        List<String> whole = locs(SiteMap.sitemaps(model, SiteMap.MAX_URLS).get(0));
        List<org.noticeboard.render.OutputFile> split = SiteMap.sitemaps(model, 10);
        assertEquals("sitemap.xml", split.get(0).path());
        assertEquals(split.stream().skip(1).map(f -> BASE + f.path()).toList(),
                locs(split.get(0)), "the index lists the sitemaps");
        List<String> parts = new ArrayList<>();
        for (var part : split.subList(1, split.size())) {
            List<String> locs = locs(part);
            assertTrue(locs.size() <= 10, part.path());
            parts.addAll(locs);
        }
        assertEquals(whole, parts);
        assertTrue(whole.size() > 20, whole.size() + " urls");
    }

    private static List<String> locs(org.noticeboard.render.OutputFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(file.bytes()));
        NodeList locs = xml.getElementsByTagNameNS(SiteMap.NS, "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            out.add(locs.item(i).getTextContent());
        }
        return out;
    }
}

package org.noticeboard.feeds;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;

/**
 * {@code robots.txt} always, and {@code sitemap.xml} when the site has a base URL (a sitemap
 * must list absolute addresses, so without one there is nothing correct to write).
 */
public final class SiteMap implements Pages, ItemFiles {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        List<OutputFile> out = new ArrayList<>();
        if (!pages.edition().isMain()) {
            return out; // robots.txt and the sitemap belong at the site's root only
        }
        String robots = "User-agent: *\nAllow: /\n";
        if (site.config().hasBaseUrl()) {
            robots += "\nSitemap: " + site.config().baseUrl() + SITEMAP + "\n";
            if (pages.wanted(SITEMAP)) {
                out.add(OutputFile.text(SITEMAP, sitemap(site)));
            }
        }
        if (pages.wanted(ROBOTS)) {
            out.add(OutputFile.text(ROBOTS, robots));
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        return Set.of(SITEMAP, ROBOTS);
    }

    /** Every page of an item is in the sitemap; robots.txt depends on the configuration. */
    @Override
    public Set<String> filesOf(Item item) {
        return Set.of(SITEMAP);
    }

    /** Page path → last modified date ("" when the page has none of its own). */
    static Map<String, String> pages(Site site) {
        Map<String, String> pages = new TreeMap<>();
        pages.put(Urls.home(), "");
        pages.put("search.html", "");
        for (Board board : site.config().boards()) {
            pages.put(Urls.board(board.slug()), "");
            pages.put(Urls.boardArchive(board.slug()), "");
            for (ContentType type : ContentType.values()) {
                pages.put(Urls.boardListing(board.slug(), type), "");
            }
        }
        for (ContentType type : ContentType.values()) {
            pages.put(Urls.listing(type), "");
        }
        for (Item item : site.published()) {
            pages.put(Urls.item(item), item.updated().or(item::published)
                    .map(Object::toString).orElse(""));
        }
        return pages;
    }

    private static String sitemap(Site site) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(NS);
            for (var page : pages(site).entrySet().stream()
                    .sorted(Comparator.comparing(Map.Entry::getKey)).toList()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("url");
                x.writeCharacters("\n    ");
                x.writeStartElement("loc");
                x.writeCharacters(site.config().baseUrl() + page.getKey());
                x.writeEndElement();
                if (!page.getValue().isEmpty()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("lastmod");
                    x.writeCharacters(page.getValue());
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return text + "\n";
    }
}

package org.noticeboard.feeds;

import java.io.StringWriter;
import java.util.ArrayList;
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
import java.util.stream.Collectors;
import org.noticeboard.render.Edition;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;

/**
 * {@code robots.txt} always, and {@code sitemap.xml} when the site has a base URL (a sitemap
 * must list absolute addresses, so without one there is nothing correct to write). The sitemap
 * lists every copy of the site (languages, large text), each page with its other languages as
 * {@code hreflang} alternates.
 */
public final class SiteMap implements Pages, ItemFiles {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    /** The sitemaps protocol's limit of URLs per file; above it, an index of sitemaps. */
    static final int MAX_URLS = 50_000;

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
                out.addAll(sitemaps(site, MAX_URLS));
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
        Map<String, Long> counts = site.published().stream().collect(Collectors.groupingBy(
                i -> i.board() + "/" + i.type().id(), Collectors.counting()));
        Map<String, Long> archived = site.published().stream()
                .filter(site.lifecycle()::isArchived)
                .collect(Collectors.groupingBy(Item::board, Collectors.counting()));
        for (Board board : site.config().boards()) {
            pages.put(Urls.board(board.slug()), "");
            listing(pages, Urls.boardArchive(board.slug()),
                    archived.getOrDefault(board.slug(), 0L));
            for (ContentType type : ContentType.values()) {
                listing(pages, Urls.boardListing(board.slug(), type),
                        counts.getOrDefault(board.slug() + "/" + type.id(), 0L));
            }
        }
        Map<ContentType, Long> byType = site.published().stream()
                .collect(Collectors.groupingBy(Item::type, Collectors.counting()));
        for (ContentType type : ContentType.values()) {
            listing(pages, Urls.listing(type), byType.getOrDefault(type, 0L));
        }
        for (Item item : site.published()) {
            pages.put(Urls.item(item), item.updated().or(item::published)
                    .map(Object::toString).orElse(""));
        }
        return pages;
    }

    /** A listing's first page and its numbered pages. */
    private static void listing(Map<String, String> pages, String listing, long items) {
        pages.put(listing, "");
        Urls.listingPages(listing, (int) items).forEach(p -> pages.put(p, ""));
    }

    /**
     * The same page in each language of the same size (hreflang), when the site has more than
     * one language.
     */
    private static void alternates(XMLStreamWriter x, List<Edition> editions, Edition edition,
            String base, String path) throws XMLStreamException {
        List<Edition> sameSize = editions.stream()
                .filter(e -> e.largeText() == edition.largeText()).toList();
        if (sameSize.size() < 2) {
            return;
        }
        for (Edition other : sameSize) {
            x.writeCharacters("\n    ");
            x.writeEmptyElement("xhtml", "link", XHTML);
            x.writeAttribute("rel", "alternate");
            x.writeAttribute("hreflang", other.language());
            x.writeAttribute("href", base + other.prefix() + path);
        }
    }

    /**
     * {@code sitemap.xml} listing every page of every copy; when there are more than
     * {@code maxUrls}, {@code sitemap-1.xml}, {@code sitemap-2.xml}… of at most that many, and
     * {@code sitemap.xml} an index of them.
     */
    static List<OutputFile> sitemaps(Site site, int maxUrls) {
        List<Edition> editions = Edition.of(site.config());
        List<Map.Entry<Edition, Map.Entry<String, String>>> urls = new ArrayList<>();
        Map<String, String> pages = pages(site);
        for (Edition edition : editions) {
            pages.entrySet().forEach(page -> urls.add(Map.entry(edition, page)));
        }
        if (urls.size() <= maxUrls) {
            return List.of(OutputFile.text(SITEMAP, urlset(site, editions, urls)));
        }
        List<OutputFile> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += maxUrls) {
            String name = "sitemap-" + (names.size() + 1) + ".xml";
            names.add(name);
            files.add(OutputFile.text(name, urlset(site, editions,
                    urls.subList(from, Math.min(urls.size(), from + maxUrls)))));
        }
        files.add(0, OutputFile.text(SITEMAP, index(site.config().baseUrl(), names)));
        return files;
    }

    private static String index(String base, List<String> names) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("sitemapindex");
            x.writeDefaultNamespace(NS);
            for (String name : names) {
                x.writeCharacters("\n  ");
                x.writeStartElement("sitemap");
                x.writeStartElement("loc");
                x.writeCharacters(base + name);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap index", e);
        }
        return text + "\n";
    }

    private static String urlset(Site site, List<Edition> editions,
            List<Map.Entry<Edition, Map.Entry<String, String>>> urls) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(NS);
            if (editions.size() > 1) {
                x.writeNamespace("xhtml", XHTML);
            }
            String base = site.config().baseUrl();
            for (var url : urls) {
                Edition edition = url.getKey();
                var page = url.getValue();
                x.writeCharacters("\n  ");
                x.writeStartElement("url");
                x.writeCharacters("\n    ");
                x.writeStartElement("loc");
                x.writeCharacters(base + edition.prefix() + page.getKey());
                x.writeEndElement();
                if (!page.getValue().isEmpty()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("lastmod");
                    x.writeCharacters(page.getValue());
                    x.writeEndElement();
                }
                alternates(x, editions, edition, base, page.getKey());
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

package org.noticeboard.feeds;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.Urls;

/**
 * Writes one Atom feed. Entry ids are name-based UUIDs of the organisation code and the item id:
 * they never change, whether or not the site has a base URL and wherever it moves. Dates are the
 * items' own (published, updated) at midnight in the site's time zone, so a rebuild with the same
 * content gives the same feed.
 */
final class AtomWriter {

    static final String NS = "http://www.w3.org/2005/Atom";

    private final Site site;
    private final Map<String, String> t;
    private final ZoneId zone;
    /** Found once: each newFactory() searches the class path for an implementation. */
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
    /** Absolute address of a path in the copy of the site being written (language, large text). */
    private final java.util.function.UnaryOperator<String> absolute;

    AtomWriter(Site site, Map<String, String> messages,
            java.util.function.UnaryOperator<String> absolute) {
        this.site = site;
        this.absolute = absolute;
        this.t = messages;
        this.zone = site.generatedAt().getZone();
    }

    /** A stable id for a feed ({@code ""} for the site, else the board) or an item. */
    String id(String name) {
        String key = "noticeboard:" + site.config().indexPrefix() + ":" + name;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    String feed(String path, String title, String board, List<Item> entries) {
        String root = Urls.root(path);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = xml.createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", site.config().language());
            element(x, 1, "id", id("feed:" + board));
            element(x, 1, "title", title);
            element(x, 1, "updated", entries.isEmpty() ? site.generatedAt().toOffsetDateTime()
                    .withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : entries.stream().map(this::updated).max(String::compareTo).orElseThrow());
            link(x, 1, "alternate", "text/html", href(root, board.isEmpty() ? Urls.home()
                    : Urls.board(board)));
            if (site.config().hasBaseUrl()) {
                link(x, 1, "self", "application/atom+xml", absolute.apply(path));
            }
            indent(x, 1);
            x.writeStartElement("author");
            element(x, 2, "name", site.config().organisation());
            indent(x, 1);
            x.writeEndElement();
            element(x, 1, "generator", "Noticeboard");
            for (Item item : entries) {
                entry(x, root, item);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + path, e);
        }
        return text + "\n";
    }

    private void entry(XMLStreamWriter x, String root, Item item) throws XMLStreamException {
        indent(x, 1);
        x.writeStartElement("entry");
        element(x, 2, "id", id(item.id()));
        element(x, 2, "title", item.title());
        element(x, 2, "published", stamp(item.published().orElseThrow()));
        element(x, 2, "updated", updated(item));
        link(x, 2, "alternate", "text/html", href(root, Urls.item(item)));
        indent(x, 2);
        x.writeStartElement("author");
        element(x, 3, "name", item.issuer());
        indent(x, 2);
        x.writeEndElement();
        category(x, item.type().id(), t.getOrDefault("type." + item.type().id(),
                item.type().nameZh()));
        category(x, "board:" + item.board(), site.config().board(item.board())
                .map(Board::name).orElse(item.board()));
        if (!item.summary().isEmpty()) {
            element(x, 2, "summary", item.summary());
        }
        indent(x, 1);
        x.writeEndElement();
    }

    private String href(String root, String path) {
        if (site.config().hasBaseUrl()) {
            return absolute.apply(path);
        }
        return root.equals("./") ? path : root + path;
    }

    String updated(Item item) {
        LocalDate published = item.published().orElseThrow();
        LocalDate updated = item.updated().filter(u -> u.isAfter(published)).orElse(published);
        return stamp(updated);
    }

    private String stamp(LocalDate date) {
        OffsetDateTime t = date.atStartOfDay(zone).toOffsetDateTime();
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void category(XMLStreamWriter x, String term, String label)
            throws XMLStreamException {
        indent(x, 2);
        x.writeEmptyElement("category");
        x.writeAttribute("term", term);
        x.writeAttribute("label", label);
    }

    private static void link(XMLStreamWriter x, int depth, String rel, String type, String href)
            throws XMLStreamException {
        indent(x, depth);
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter x, int depth, String name, String value)
            throws XMLStreamException {
        indent(x, depth);
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}

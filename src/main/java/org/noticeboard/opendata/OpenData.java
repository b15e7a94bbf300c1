package org.noticeboard.opendata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;

/**
 * Open data: every published item with its disclosure metadata and type-specific details, as
 * JSON, site-wide ({@code items.json}) and per board ({@code <board>/items.json}). Fields are
 * written in a fixed order and items in id order, so the same content gives the same bytes.
 * The fields are documented in the README ("Open data").
 */
public final class OpenData implements Pages, ItemFiles {

    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    static final int FORMAT_VERSION = 1;

    static final String FILE = "items.json";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ItemRecords records = new ItemRecords(site, pages.messages());
        Function<Item, String> record = item -> pages.shared("opendata.record", item,
                records.context(item, pages.language()), i -> record(records, i));
        List<Item> all = site.published().stream().sorted(Comparator.comparing(Item::id))
                .toList();
        List<OutputFile> out = new ArrayList<>();
        if (pages.wanted(FILE)) {
            out.add(OutputFile.text(FILE, document(site, "", all, record)));
        }
        for (Board board : site.config().boards()) {
            String path = board.slug() + "/" + FILE;
            if (pages.wanted(path)) {
                out.add(OutputFile.text(path, document(site, board.slug(), all.stream()
                        .filter(i -> i.board().equals(board.slug())).toList(), record)));
            }
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        return ItemFiles.siteAndBoards(config, FILE);
    }

    @Override
    public Set<String> filesOf(Item item) {
        return ItemFiles.siteAndBoard(item, FILE);
    }

    /**
     * One item's record as {@link #document} would write it in the list of items: the
     * generator is led to the same depth first, so the record's lines have their indentation.
     */
    private static String record(ItemRecords records, Item item) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = generator(text)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            g.flush();
            int start = text.getBuffer().length();
            records.write(g, item);
            g.flush();
            StringBuffer b = text.getBuffer();
            return b.substring(b.indexOf("{", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(StringWriter text) throws IOException {
        JsonGenerator g = JSON.createGenerator(text);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    private static String document(Site site, String board, List<Item> items,
            Function<Item, String> record) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = generator(text)) {
            g.writeStartObject();
            g.writeNumberField("format_version", FORMAT_VERSION);
            g.writeStringField("site", site.config().title());
            g.writeStringField("organisation", site.config().organisation());
            g.writeStringField("board", board);
            g.writeStringField("generated", site.generatedAt().toOffsetDateTime().toString());
            g.writeStringField("base_url", site.config().baseUrl());
            g.writeNumberField("count", items.size());
            g.writeArrayFieldStart("items");
            for (Item item : items) {
                g.writeRawValue(record.apply(item));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }
}

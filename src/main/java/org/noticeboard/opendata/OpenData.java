package org.noticeboard.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.parallel.Slices;
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
    static final int FORMAT_VERSION = 2;

    static final String FILE = "items.json";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ItemRecords records = new ItemRecords(site, pages.messages());
        List<Item> all = site.published().stream().sorted(Comparator.comparing(Item::id))
                .toList();
        List<OutputFile> out = new ArrayList<>();
        List<Board> boards = site.config().boards().stream()
                .filter(b -> pages.wanted(b.slug() + "/" + FILE)).toList();
        if (!pages.wanted(FILE) && boards.isEmpty()) {
            return out;
        }
        // every item's record side by side, each written once for the site's file and its
        // board's (and kept for the other copies of the site in the same language)
        List<String> recorded = Slices.map(all, item -> pages.shared("opendata.record", item,
                records.context(item, pages.language()), i -> record(records, i)));
        if (pages.wanted(FILE)) {
            out.add(document(FILE, site, "", recorded));
        }
        Map<String, List<String>> byBoard = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byBoard.computeIfAbsent(all.get(i).board(), b -> new ArrayList<>())
                    .add(recorded.get(i));
        }
        for (Board board : boards) {
            out.add(document(board.slug() + "/" + FILE, site, board.slug(),
                    byBoard.getOrDefault(board.slug(), List.of())));
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
        return pretty(JSON.createGenerator(text));
    }

    private static JsonGenerator pretty(JsonGenerator g) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    /**
     * The file, written as UTF-8 bytes as it is generated: at 10,000 items it is 16 MB, which
     * as a string, a copy and then its bytes made the longest collector pauses of a build.
     */
    private static OutputFile document(String path, Site site, String board,
            List<String> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + records.size() * 2048);
        try (JsonGenerator g = pretty(JSON.createGenerator(bytes, JsonEncoding.UTF8))) {
            g.writeStartObject();
            g.writeNumberField("format_version", FORMAT_VERSION);
            g.writeStringField("site", site.config().title());
            g.writeStringField("organisation", site.config().organisation());
            g.writeStringField("board", board);
            g.writeStringField("valid_on", site.generatedAt().toLocalDate().toString());
            g.writeStringField("base_url", site.config().baseUrl());
            g.writeNumberField("count", records.size());
            g.writeArrayFieldStart("items");
            for (String record : records) {
                g.writeRawValue(record);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return new OutputFile(path, bytes.toByteArray());
    }
}

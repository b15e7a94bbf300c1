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
import java.util.function.Predicate;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;

/**
 * Open data: every published item with its disclosure metadata and type-specific details, as
 * JSON, site-wide ({@code items.json}) and per board ({@code <board>/items.json}). Fields are
 * written in a fixed order and items in id order, so the same content gives the same bytes.
 * The fields are documented in the README ("Open data").
 */
public final class OpenData implements Pages {

    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    static final int FORMAT_VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public List<OutputFile> render(PageWriter pages) {
        Site site = pages.site();
        ItemRecords records = new ItemRecords(site, pages.messages());
        List<OutputFile> out = new ArrayList<>();
        out.add(OutputFile.text("items.json", document(site, records, "", i -> true)));
        for (Board board : site.config().boards()) {
            out.add(OutputFile.text(board.slug() + "/items.json", document(site, records,
                    board.slug(), i -> i.board().equals(board.slug()))));
        }
        return out;
    }

    private static String document(Site site, ItemRecords records, String board,
            Predicate<Item> filter) {
        List<Item> items = site.published().stream().filter(filter)
                .sorted(Comparator.comparing(Item::id)).toList();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
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
                records.write(g, item);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }
}

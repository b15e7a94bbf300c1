package org.noticeboard.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.model.Board;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.Site;
import org.noticeboard.render.Urls;

/** Writes one item's open-data record: common metadata first, then its type's details. */
final class ItemRecords {

    private final Site site;
    private final Lifecycle lifecycle;
    private final Map<String, String> t;
    private final Map<String, List<String>> amendedBy = new HashMap<>();
    private final Map<String, List<String>> replacedBy = new HashMap<>();
    private final DetailRecords details;

    ItemRecords(Site site, Map<String, String> messages) {
        this.site = site;
        this.lifecycle = site.lifecycle();
        this.t = messages;
        this.details = new DetailRecords(site);
        for (Item item : site.published()) {
            item.amends().forEach(id ->
                    amendedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(item.id()));
            item.replaces().forEach(id ->
                    replacedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(item.id()));
        }
    }

    /**
     * What an item's record takes from outside the item (besides the configuration and the
     * build date, which a preview session keeps): a record is the same for the same item and
     * context, in every file and every copy of the site in that language.
     */
    Object context(Item item, String language) {
        return List.of(language, lifecycle.isArchived(item),
                lifecycle.noticeStatus(item).map(s -> s.id()).orElse(""),
                amendedBy.getOrDefault(item.id(), List.of()),
                replacedBy.getOrDefault(item.id(), List.of()));
    }

    void write(JsonGenerator g, Item item) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", item.id());
        g.writeStringField("url", site.config().baseUrl() + Urls.item(item));
        g.writeStringField("title", item.title());
        g.writeStringField("summary", item.summary());
        g.writeStringField("board", item.board());
        g.writeStringField("board_name", site.config().board(item.board()).map(Board::name)
                .orElse(item.board()));
        g.writeStringField("type", item.type().id());
        g.writeStringField("type_name", t.getOrDefault("type." + item.type().id(),
                item.type().nameZh()));
        g.writeStringField("status", lifecycle.isArchived(item) ? "archived" : "current");
        date(g, "published", item.published());
        date(g, "written", item.written());
        date(g, "updated", item.updated());
        date(g, "expires", item.expires());
        g.writeStringField("issuer", item.issuer());
        g.writeStringField("doc_no", item.docNo());
        g.writeStringField("index_no", item.indexNo());
        g.writeStringField("topic", item.topic());
        g.writeStringField("validity", item.validity().id());
        strings(g, "keywords", item.keywords());
        strings(g, "amends", item.amends());
        strings(g, "replaces", item.replaces());
        strings(g, "amended_by", amendedBy.getOrDefault(item.id(), List.of()));
        strings(g, "replaced_by", replacedBy.getOrDefault(item.id(), List.of()));
        g.writeStringField("change_note", item.changeNote());
        attachments(g, item);
        g.writeFieldName("details");
        details.write(g, item);
        g.writeEndObject();
    }

    /** The files the item links to, images included: each once, with its public address. */
    private void attachments(JsonGenerator g, Item item) throws IOException {
        g.writeArrayFieldStart("attachments");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var a : item.attachments()) {
            if (!seen.add(a.address())) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("title", a.title());
            g.writeStringField("name", a.name());
            g.writeStringField("type", a.type());
            g.writeNumberField("bytes", a.bytes());
            g.writeStringField("url", site.config().baseUrl() + a.address());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void date(JsonGenerator g, String name, Optional<LocalDate> date) throws IOException {
        if (date.isPresent()) {
            g.writeStringField(name, date.get().toString());
        } else {
            g.writeNullField(name);
        }
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

package org.noticeboard.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.ExampleBuild;

/** items.json of the example site, read back as any consumer would. */
class OpenDataTest {

    @TempDir
    static Path temp;

    static Path site;
    static JsonNode all;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("site");
        assertTrue(ExampleBuild.into(site, Optional.empty()).published());
        all = new ObjectMapper().readTree(site.resolve("items.json").toFile());
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyPublishedItemWithItsMetadataInAFixedOrder() {
        assertEquals(List.of("format_version", "site", "organisation", "board", "valid_on",
                "base_url", "count", "items"), fieldNames(all));
        JsonNode items = all.get("items");
        assertEquals(all.get("count").asInt(), items.size());
        assertTrue(items.size() >= 45, "items: " + items.size());
        List<String> expected = List.of("id", "url", "title", "summary", "board", "board_name",
                "type", "type_name", "status", "published", "written", "updated", "expires",
                "issuer", "doc_no", "index_no", "topic", "validity", "keywords", "amends",
                "replaces", "amended_by", "replaced_by", "change_note", "attachments", "details");
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            assertEquals(expected, fieldNames(item), item.get("id").asText());
            assertTrue(Files.isRegularFile(site.resolve(item.get("url").asText())));
            ids.add(item.get("id").asText());
        }
        assertEquals(ids.stream().sorted().toList(), ids, "id order");
        assertTrue(!ids.contains("street/policy/grid-management-rules"), "no drafts");
    }

    private static JsonNode item(String id) {
        for (JsonNode item : all.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void typeSpecificDetailsAndRelations() {
        JsonNode procedure = item("street/procedure/dibao-application").get("details");
        assertEquals("不收费", procedure.get("fee").asText());
        assertEquals("working_days", procedure.get("time_limit").get("unit").asText());
        assertTrue(procedure.get("materials").get(0).has("count"));
        JsonNode notice = item("street/notice/water-cut-2026-12").get("details");
        assertEquals(List.of("start", "end", "days", "day_type", "status"),
                fieldNames(notice.get("posting")));
        JsonNode reception = item("street/reception/director-day").get("details");
        assertEquals("wednesday", reception.get("schedule").get("weekdays").get(0).asText());
        assertTrue(reception.get("upcoming").size() >= 4);
        JsonNode old = item("street/policy/open-affairs-rules-2019");
        assertEquals("repealed", old.get("validity").asText());
        assertEquals("archived", old.get("status").asText());
        assertEquals("street/policy/open-affairs-rules", old.get("replaced_by").get(0).asText());
    }

    @Test
    void boardFilesHoldTheirBoardOnly() throws Exception {
        JsonNode board = new ObjectMapper().readTree(site.resolve("liuyin/items.json").toFile());
        assertEquals("liuyin", board.get("board").asText());
        assertTrue(board.get("count").asInt() > 3);
        for (JsonNode item : board.get("items")) {
            assertEquals("liuyin", item.get("board").asText());
        }
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path again = temp.resolve("again");
        ExampleBuild.into(again, Optional.empty());
        assertArrayEquals(Files.readAllBytes(site.resolve("items.json")),
                Files.readAllBytes(again.resolve("items.json")));
        assertArrayEquals(Files.readAllBytes(site.resolve("search/index.js")),
                Files.readAllBytes(again.resolve("search/index.js")));
        assertArrayEquals(Files.readAllBytes(site.resolve("feed.xml")),
                Files.readAllBytes(again.resolve("feed.xml")));
    }
}

package org.noticeboard.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.Board;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.schema.FieldKind;
import org.noticeboard.schema.FieldSpec;
import org.noticeboard.schema.Schemas;
import org.noticeboard.testing.Projects;
import org.yaml.snakeyaml.Yaml;

/** The Decap configuration offers every field of every type, with the widget its kind needs. */
class DecapConfigTest {

    private static final Map<FieldKind, String> WIDGETS = Map.ofEntries(
            Map.entry(FieldKind.TEXT, "string"), Map.entry(FieldKind.DATE, "datetime"),
            Map.entry(FieldKind.BOOLEAN, "boolean"), Map.entry(FieldKind.INTEGER, "number"),
            Map.entry(FieldKind.ENUM, "select"), Map.entry(FieldKind.TEXT_LIST, "list"),
            Map.entry(FieldKind.ITEM_REF, "string"), Map.entry(FieldKind.ITEM_REF_LIST, "list"),
            Map.entry(FieldKind.PHONE, "string"), Map.entry(FieldKind.PHONE_LIST, "string"),
            Map.entry(FieldKind.URL, "string"),
            Map.entry(FieldKind.TIME_LIMIT, "string"), Map.entry(FieldKind.WEEKDAY_LIST, "list"),
            Map.entry(FieldKind.INTEGER_LIST, "list"), Map.entry(FieldKind.MAP, "object"),
            Map.entry(FieldKind.MAP_LIST, "list"));

    private final SiteConfig site = new ConfigLoader().load(Projects.exampleContent(),
            "content", new Diagnostics()).orElseThrow();

    @SuppressWarnings("unchecked")
    private Map<String, Object> parsed() {
        String text = new DecapConfig().render(site,
                new DecapConfig.Backend("github", "heping/noticeboard", "main"));
        return new Yaml().load(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBoardAndTypeIsAFolderCollectionWithEveryField() {
        Map<String, Object> config = parsed();
        assertEquals("editorial_workflow", config.get("publish_mode"));
        List<Map<String, Object>> collections = (List<Map<String, Object>>) config
                .get("collections");
        assertEquals(site.boards().size() * ContentType.values().length, collections.size());
        for (Board board : site.boards()) {
            for (ContentType type : ContentType.values()) {
                Map<String, Object> c = collections.stream().filter(x -> x.get("name")
                        .equals(board.slug() + "-" + type.id())).findFirst().orElseThrow();
                assertEquals("content/" + board.slug() + "/" + type.id(), c.get("folder"));
                assertEquals("", c.get("media_folder"), "uploads go beside the item");
                assertEquals("", c.get("public_folder"), "and are linked by their name");
                assertTrue(c.get("label").toString().contains(type.nameZh()));
                assertFields(Schemas.of(type), (List<Map<String, Object>>) c.get("fields"),
                        type.id());
                assertTrue(((List<Map<String, Object>>) c.get("fields")).stream()
                        .anyMatch(f -> f.get("name").equals("body")));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void assertFields(List<FieldSpec> specs, List<Map<String, Object>> fields,
            String where) {
        for (FieldSpec spec : specs) {
            if (DecapConfig.NOT_OFFERED.contains(spec.name())) {
                continue;
            }
            Map<String, Object> f = fields.stream().filter(x -> x.get("name")
                    .equals(spec.name())).findFirst().orElse(null);
            assertNotNull(f, where + ": no field " + spec.name());
            String at = where + "." + spec.name();
            assertEquals(WIDGETS.get(spec.kind()), f.get("widget"), at);
            assertEquals(spec.required(), f.get("required"), at);
            assertTrue(f.get("label").toString().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    at + " has a Chinese label");
            if (spec.kind() == FieldKind.ENUM) {
                assertEquals(spec.values(), f.get("options"), at);
            }
            if (spec.kind() == FieldKind.PHONE || spec.kind() == FieldKind.PHONE_LIST) {
                String pattern = ((List<String>) f.get("pattern")).get(0);
                assertTrue("010-65212345".matches(pattern) && !"65212345".matches(pattern), at);
            }
            if (spec.kind() == FieldKind.DATE) {
                assertEquals("YYYY-MM-DD", f.get("format"), at);
                assertEquals(false, f.get("time_format"), at);
            }
            if (spec.kind() == FieldKind.MAP || spec.kind() == FieldKind.MAP_LIST) {
                assertFields(spec.fields(), (List<Map<String, Object>>) f.get("fields"), at);
            }
        }
    }

    @Test
    void everySchemaFieldHasAChineseLabel() {
        List<String> missing = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            collect(Schemas.of(type), "", missing);
        }
        assertEquals(List.of(), missing.stream().distinct().toList());
    }

    private static void collect(List<FieldSpec> specs, String parent, List<String> missing) {
        for (FieldSpec spec : specs) {
            String path = parent.isEmpty() ? spec.name() : parent + "." + spec.name();
            if (FieldLabels.find(path).isEmpty()) {
                missing.add(path);
            }
            collect(spec.fields(), path, missing);
        }
    }

    @Test
    void theAdminPagePinsDecap() {
        assertTrue(AdminPage.html().contains("decap-cms@" + AdminPage.DECAP_VERSION + "/"));
    }
}

package org.noticeboard.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.noticeboard.build.BuildResult;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.schema.FieldSpec;
import org.noticeboard.schema.Placeholders;
import org.noticeboard.schema.Schemas;
import org.noticeboard.testing.TestSite;

/** {@code new} gives, for every type, a file that check refuses until filled in, then accepts. */
class NewItemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;

    private TestSite site() throws IOException {
        TestSite site = TestSite.in(temp);
        site.writeFiles();
        return site;
    }

    private SiteConfig config(TestSite site) {
        return new ConfigLoader().load(site.content(), "content", new Diagnostics()).orElseThrow();
    }

    private NewItem.Created create(TestSite site, ContentType type, String title)
            throws Exception {
        return new NewItem().create(site.content(), config(site), type, "street", title, TODAY,
                Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(ContentType.class)
    void everyTypeFailsUntilFilledInThenPasses(ContentType type) throws Exception {
        TestSite site = site();
        NewItem.Created created = create(site, type, "关于2026年12月停水的通知");
        String text = Files.readString(created.file());
        assertTrue(text.contains("published: 2026-11-29") || type == ContentType.PAGE);
        BuildResult unfilled = site.check();
        assertTrue(unfilled.hasErrors());
        assertTrue(unfilled.diagnostics().stream().allMatch(d -> d.message()
                .contains("'" + Placeholders.MARK + "'")), () -> TestSite.lines(unfilled)
                .toString());
        Files.writeString(created.file(), fill(text, type));
        BuildResult filled = site.check();
        assertFalse(filled.hasErrors(), () -> fill(text, type) + TestSite.lines(filled));
    }

    @Test
    void chineseTitlesGetPinyinNamesAndNothingIsOverwritten() throws Exception {
        TestSite site = site();
        var first = create(site, ContentType.NOTICE, "关于2026年12月停水的通知");
        var second = create(site, ContentType.NOTICE, "关于2026年12月停水的通知");
        assertEquals("street/notice/guan-yu-2026-nian-12-yue-ting-shui", first.id());
        assertEquals("street/notice/guan-yu-2026-nian-12-yue-ting-shui-2", second.id());
        assertEquals(site.content().resolve(
                "street/notice/guan-yu-2026-nian-12-yue-ting-shui-2.md"), second.file());
        assertEquals("water-cut-2026", FileNames.slug("Water cut, 2026!", ContentType.NOTICE,
                TODAY));
        assertEquals("notice-2026-11-29", FileNames.slug("《》", ContentType.NOTICE, TODAY));
    }

    @Test
    void wrongBoardsAndNamesAreRefused() throws Exception {
        TestSite site = site();
        var refused = assertThrows(NewItem.Refused.class, () -> new NewItem().create(
                site.content(), config(site), ContentType.POLICY, "west", "规则", TODAY,
                Optional.empty()));
        assertTrue(refused.getMessage().contains("street (测试街道办事处)"));
        assertThrows(NewItem.Refused.class, () -> new NewItem().create(site.content(),
                config(site), ContentType.POLICY, "street", "规则", TODAY,
                Optional.of("../escape")));
    }

    /** Replaces each placeholder with its field's example, as an editor would. */
    static String fill(String text, ContentType type) {
        List<String> out = new ArrayList<>();
        String listField = "";
        int entry = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.endsWith(":") && !trimmed.startsWith("#")) {
                listField = trimmed.substring(0, trimmed.length() - 1).replace("- ", "");
                entry = 0;
            }
            if (!line.contains(Placeholders.MARK) || trimmed.startsWith("#")) {
                out.add(line);
                continue;
            }
            if (line.startsWith(Placeholders.MARK)) {
                out.add("正文。");
                continue;
            }
            String code = line.replaceAll("\\s+#.*$", "");
            String key = code.strip().startsWith("- ") && !code.contains(":") ? listField
                    : code.strip().replaceFirst("^- ", "").replaceFirst(":.*", "");
            FieldSpec spec = find(Schemas.of(type), key).orElseThrow(() ->
                    new AssertionError("no field " + key));
            String example = spec.example();
            String[] entries = example.startsWith("[")
                    ? example.substring(1, example.length() - 1).split(", ") : new String[0];
            String value = code.contains("[" + Placeholders.MARK + "]") ? example
                    : entries.length > 0 ? entries[entry++ % entries.length] : example;
            String yaml = value.matches("\\d+|\\[.*\\]") ? value
                    : "\"" + value.replace("\"", "") + "\"";
            out.add(code.replace(code.contains("[" + Placeholders.MARK + "]")
                    ? "[" + Placeholders.MARK + "]" : Placeholders.MARK, yaml));
        }
        return String.join("\n", out);
    }

    private static Optional<FieldSpec> find(List<FieldSpec> specs, String name) {
        for (FieldSpec s : specs) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
            Optional<FieldSpec> sub = find(s.fields(), name);
            if (sub.isPresent()) {
                return sub;
            }
        }
        return Optional.empty();
    }
}

package org.noticeboard.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.noticeboard.rules.Rule;
import org.noticeboard.rules.RuleBook;
import org.noticeboard.testing.Projects;

/** Both bundles say the same things: same keys, same placeholders, a key for every rule. */
class MessageBundlesTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages ZH = Messages.of(Language.ZH);
    private static final Pattern MESSAGE_OF =
            Pattern.compile("Message\\.of\\(([^,)]*)", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
    private static final Pattern WRONG_TYPE = Pattern.compile("\"(wrong-type-[a-z-]+)\"");
    private static final Pattern VARIANT = Pattern.compile("\\.hint\\(\"([a-z-]+)\"\\)");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> onlyEn = new TreeSet<>(EN.keys());
        onlyEn.removeAll(ZH.keys());
        Set<String> onlyZh = new TreeSet<>(ZH.keys());
        onlyZh.removeAll(EN.keys());
        assertEquals(Set.of(), onlyEn, "missing in messages_zh.properties");
        assertEquals(Set.of(), onlyZh, "missing in messages_en.properties");
        assertTrue(EN.keys().size() > 200, "" + EN.keys().size());
    }

    @Test
    void placeholdersMatchInBothLanguages() {
        List<String> differ = new ArrayList<>();
        for (String key : EN.keys()) {
            if (!Messages.placeholders(EN.raw(key)).equals(Messages.placeholders(ZH.raw(key)))) {
                differ.add(key + ": " + EN.raw(key) + " / " + ZH.raw(key));
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void hintsBelongToAMessageAndChineseIsReallyChinese() {
        for (String key : EN.keys()) {
            int at = key.indexOf(".hint");
            if (at > 0 && !key.startsWith("label.")) {
                assertTrue(EN.has(key.substring(0, at)), key + " has no message");
            }
            if (!key.equals("output-folder-refused") && !key.startsWith("cli-")
                    && !key.startsWith("summary")) {
                assertFalse(EN.raw(key).equals(ZH.raw(key)), key + " is not translated");
            }
        }
    }

    @Test
    void everyTextFillsWithoutLosingAnApostropheOrABrace() {
        for (Messages bundle : List.of(EN, ZH)) {
            for (String key : bundle.keys()) {
                Map<String, String> args = new HashMap<>();
                Messages.placeholders(bundle.raw(key)).forEach(n -> args.put(n, "<" + n + ">"));
                String filled = bundle.format(key, args);
                String expected = bundle.raw(key);
                for (var e : args.entrySet()) {
                    expected = expected.replace("{" + e.getKey() + "}", e.getValue());
                }
                assertEquals(expected, filled, key);
            }
        }
        assertEquals("unknown field 'titel'",
                EN.message(Message.of("unknown-field", "name", "titel")));
        assertEquals("未知字段 'titel'", ZH.message(Message.of("unknown-field", "name", "titel")));
        Message itself = Message.of("refers-to-itself", "verb", "word.replaces");
        assertEquals("the document replaces itself", EN.message(itself));
        assertEquals("本文件替代了它自己", ZH.message(itself), "words of the code are translated");
        assertEquals("未知字段 'word.titel'",
                ZH.message(Message.of("unknown-field", "name", "word.titel")),
                "the editor's own text never is");
        assertEquals("no holiday data for 2026: reception dates of 3 item(s) in 2026 are not "
                + "moved for public holidays", EN.message(Message.of("holidays-year-missing",
                "year", 2026, "count", 3)));
    }

    @Test
    void everyRuleIdTheCodeReportsHasAMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> variants = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Projects.root().resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = MESSAGE_OF.matcher(code);
                while (m.find()) {
                    Matcher literal = LITERAL.matcher(m.group(1));
                    while (literal.find()) {
                        used.add(literal.group(1));
                    }
                }
                m = WRONG_TYPE.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                m = VARIANT.matcher(code);
                while (m.find()) {
                    variants.add(m.group(1));
                }
            }
        }
        RuleBook.all().forEach(r -> used.add(r.id()));
        assertTrue(used.size() > 100, "found " + used.size());
        assertTrue(used.contains("full-width-colon") && used.contains("wrong-type-date")
                && used.contains("broken-link-more"), used.toString());
        List<String> missing = used.stream().filter(id -> !EN.has(id)).toList();
        assertEquals(List.of(), missing);
        for (String variant : variants) {
            assertTrue(EN.keys().stream().anyMatch(k -> k.endsWith(".hint." + variant)), variant);
        }
    }

    @Test
    void rulesOfTheRuleBookSayWhatTheBundleSays() {
        for (Rule rule : RuleBook.all()) {
            assertEquals(EN.raw(rule.id()), rule.message(), rule.id());
            assertEquals(rule.hint(), EN.has(rule.id() + ".hint") ? EN.raw(rule.id() + ".hint")
                    : "", rule.id());
        }
    }
}

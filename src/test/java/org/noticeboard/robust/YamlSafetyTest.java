package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.parse.SafeYamlLoader;

/** YAML cannot instantiate classes, expand bombs or hide a second value behind a duplicate key. */
class YamlSafetyTest {

    private static List<String> load(String yaml) {
        Diagnostics d = new Diagnostics();
        var doc = new SafeYamlLoader().load(yaml, "a.yaml", 0, d);
        assertEquals(doc.isEmpty(), d.hasErrors(), "refused exactly when there are errors");
        return d.sorted().stream().map(Diagnostic::oneLine).toList();
    }

    @Test
    void globalClassTagsAreRefused() {
        assertEquals(List.of("a.yaml:1:8: error: YAML tag "
                        + "'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed"),
                load("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"));
        assertEquals(List.of("a.yaml:2:4: error: YAML tag 'tag:yaml.org,2002:java.io.File' "
                        + "is not allowed"),
                load("ok: 1\nx: !!java.io.File /etc/passwd\n"));
    }

    @Test
    void localAndVerbatimTagsAreRefused() {
        assertEquals(List.of("a.yaml:1:8: error: YAML tag '!foo' is not allowed"),
                load("title: !foo bar\n"));
        assertEquals(List.of("a.yaml:1:8: error: YAML tag '!exec' is not allowed"),
                load("title: !exec [rm, -rf]\n"));
        assertEquals(List.of("a.yaml:1:1: error: YAML tag '!m' is not allowed"),
                load("!m\ntitle: x\n"));
        assertEquals(List.of("a.yaml:1:8: error: YAML tag 'tag:example.com,2000:x' is not "
                        + "allowed"), load("title: !<tag:example.com,2000:x> y\n"));
        assertEquals(List.of("a.yaml:1:8: error: YAML tag 'tag:yaml.org,2002:binary' is not "
                        + "allowed"), load("title: !!binary aGk=\n"));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        long start = System.nanoTime();
        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> load(bomb.toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("a.yaml:1: error: YAML cannot be read: Number of "
                + "aliases for non-scalar nodes exceeds the specified max=20"), errors.get(0));
        assertTrue(ms < 1000, ms + " ms");
    }

    @Test
    void aFewAliasesStillWork() {
        assertEquals(List.of(), load("a: &x [1, 2]\nb: *x\n"));
    }

    @Test
    void duplicateKeysAreErrorsWithTheSecondKeysLine() {
        assertEquals(List.of("a.yaml:3:1: error: field 'title' appears twice"),
                load("title: 甲\npublished: 2026-11-01\ntitle: 乙\n"));
        assertEquals(List.of("a.yaml:3:3: error: field 'days' appears twice"),
                load("posting:\n  days: 7\n  days: 8\n"));
    }

    @Test
    void nonTextKeysAreErrors() {
        assertEquals(List.of("a.yaml:1:3: error: field names must be plain text"),
                load("? [a, b]\n: c\n"));
        assertEquals(List.of("a.yaml:1:1: error: field names must be plain text"),
                load("{x: 1}: c\n"));
        assertEquals(List.of("a.yaml:1:1: error: field names must be plain text"),
                load("<<: {title: x}\n"));
        assertEquals(List.of("a.yaml:1:1: error: field names must be plain text"),
                load("~: x\n"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "x: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> load(deep));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("a.yaml:1:"), errors.get(0));
        assertTrue(errors.get(0).contains("Nesting Depth exceeded max 40")
                || errors.get(0).contains("nested too deeply"), errors.get(0));
    }
}

package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The named bad inputs of the campaign, each with its exact outcome, through a real build. */
class EdgeInputTest {

    private static final String FILE = "content/street/policy/a.md";

    @TempDir
    Path temp;

    private List<String> build(byte[] bytes) throws IOException {
        TestSite site = TestSite.in(temp);
        site.writeFiles();
        Path p = site.content().resolve("street/policy/a.md");
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), site::build);
        assertEquals(result.hasErrors(), !result.published());
        return TestSite.lines(result).stream().filter(l -> l.contains("error:")).toList();
    }

    private List<String> build(String text) throws IOException {
        return build(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        byte[] bytes = "---\ntitle: 规则\npublished: 2026-11-01\n---\n正文 \u00ff\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(FILE + ":5: error: file is not valid UTF-8 text"), build(bytes));
        byte[] good = "---\ntitle: t\npublished: 2026-11-01\n---\nok\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = '\n';
        assertEquals(List.of(FILE + ":6: error: file is not valid UTF-8 text"), build(bad));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
        String crlf = "\uFEFF---\r\ntitle: 规则\r\npublished: 2026-11-01\r\n---\r\n正文\r\n";
        assertEquals(List.of(), build(crlf));
        String misspelt = crlf.replace("正文", "x").replace("title: 规则\r\n",
                "title: 规则\r\nisuer: x\r\n");
        assertEquals(List.of(FILE + ":3:1: error: unknown field 'isuer' [isuer]"),
                build(misspelt));
    }

    @Test
    void loneCarriageReturnsCountAsLines() throws IOException {
        assertEquals(List.of(FILE + ":3:1: error: unknown field 'isuer' [isuer]"),
                build("---\rtitle: 规则\risuer: x\rpublished: 2026-11-01\r---\r正文\r"));
    }

    @Test
    void tabsInYamlAreExplained() throws IOException {
        List<String> errors = build("---\ntitle: 规则\npublished: 2026-11-01\nposting:\n"
                + "\tstart: 2026-11-01\n---\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(FILE + ":5:1: error: YAML syntax error: found character '\\t(TAB)' that "
                + "cannot start any token. (Do not use \\t(TAB) for indentation)", errors.get(0));
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertEquals(List.of(FILE + ":1:1: error: file is empty"), build(new byte[0]));
        assertEquals(List.of(FILE + ":1:1: error: file is empty"), build(" \n\n\t\n"));
        assertEquals(List.of(FILE + ":2:1: error: required field 'published' is missing "
                        + "[published]", FILE + ":2:1: error: required field 'title' is "
                        + "missing [title]"), build("---\n---\n正文\n"));
    }

    @Test
    void frontMatterWithoutClosingFence() throws IOException {
        assertEquals(List.of(FILE + ":1:1: error: front matter is not closed: no second '---' "
                + "line"), build("---\ntitle: 规则\npublished: 2026-11-01\n正文\n"));
        assertEquals(List.of(FILE + ":1:1: error: front matter is not closed: no second '---' "
                + "line"), build("---"));
    }

    @Test
    void nonStringKeysInFrontMatter() throws IOException {
        assertEquals(List.of(FILE + ":4:1: error: unknown field '1' [1]"),
                build("---\ntitle: 规则\npublished: 2026-11-01\n1: x\n---\n"));
        assertEquals(List.of(FILE + ":4:3: error: field names must be plain text"),
                build("---\ntitle: 规则\npublished: 2026-11-01\n? [a, b]\n: c\n---\n"));
    }

    @Test
    void deeplyNestedMarkdownIsRefusedBeforeItCanOverflowTheStack() throws IOException {
        String head = "---\ntitle: 规则\npublished: 2026-11-01\n---\n";
        String tooDeep = ": error: Markdown is nested too deeply (more than 100 levels of quotes, "
                + "lists or emphasis) [body]";
        // commonmark 0.32 parses even this without overflowing, so the quote's own line is named.
        assertEquals(List.of(FILE + ":6" + tooDeep),
                build(head + "正文\n" + "> ".repeat(10_000) + "深\n"));
        assertEquals(List.of(FILE + ":6" + tooDeep),
                build(head + "正文\n" + "> ".repeat(150) + "深\n"));
        // A list level is two tree levels (list, item): the 50th nested item's paragraph is the
        // first node past 100 levels (commonmark 0.32 names it; 0.24 named the 51st item's list).
        assertEquals(List.of(FILE + ":54" + tooDeep), build(head + nestedList(500)));
        assertEquals(List.of(), build(head + nestedList(20) + "> ".repeat(20) + "浅\n"));
        assertEquals(List.of(FILE + ":5" + tooDeep), build(head + "*".repeat(20_000) + "a"
                + "*".repeat(20_000) + "\n"));
        assertEquals(List.of(FILE + ":5" + tooDeep), build(head + "_a ".repeat(20_000) + "b"
                + " a_".repeat(20_000) + "\n"));
        assertEquals(List.of(), build(head + "[".repeat(5_000) + "a"
                + "](https://example.org/)".repeat(5_000) + "\n"));
    }

    private static String nestedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- ").append(i).append('\n');
        }
        return list.toString();
    }

    @Test
    void deeplyNestedYamlListsAreRefused() throws IOException {
        List<String> errors = build("---\ntitle: 规则\npublished: 2026-11-01\nkeywords: "
                + "[".repeat(1000) + "]".repeat(1000) + "\n---\n");
        // SnakeYAML stops without a position here, so the message names the front matter's line.
        assertEquals(List.of(FILE + ":2: error: YAML cannot be read: Nesting Depth exceeded max "
                + "40"), errors);
    }

    @Test
    void tenMegabyteFileIsRefusedWithTheLimit() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        byte[] head = "---\ntitle: 大\npublished: 2026-11-01\n---\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        assertEquals(List.of(FILE + ": error: file is too large (10240 KB; the limit is 2048 KB)"),
                build(big));
    }

    @Test
    void tenThousandFilesInOneFolderBuild() throws IOException {
        TestSite site = TestSite.in(temp);
        site.writeFiles();
        Path dir = site.content().resolve("street/policy");
        Files.createDirectories(dir);
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(dir.resolve("p-" + i + ".md"),
                    "---\ntitle: 规则" + i + "\npublished: 2026-11-01\ndraft: " + (i % 50 != 0)
                            + "\n---\n正文 " + i + "\n");
        }
        Files.writeString(dir.resolve("broken.md"), "---\ntitle: [\n---\n");
        long start = System.nanoTime();
        BuildResult failed = assertTimeoutPreemptively(Duration.ofSeconds(60), site::build);
        assertEquals(List.of("content/street/policy/broken.md:3:1: error: YAML syntax error: "
                + "expected the node content, but found '<stream end>'"), TestSite.lines(failed));
        assertFalse(Files.exists(site.output()));
        Files.delete(dir.resolve("broken.md"));
        BuildResult built = assertTimeoutPreemptively(Duration.ofSeconds(60), site::build);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), TestSite.lines(built));
        assertTrue(Files.exists(site.output().resolve("street/policy/p-9950.html")));
        assertFalse(Files.exists(site.output().resolve("street/policy/p-9949.html")), "draft");
        System.out.println("EdgeInputTest: two builds of 10,000 files took " + ms + " ms");
    }
}

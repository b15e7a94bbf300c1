package org.noticeboard.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;

/**
 * The preview's incremental builds against full builds, through a series of edits of the
 * example site (all page groups, all four copies: zh-CN, en, large/, en/large/): after each edit
 * the session's files must be those a fresh full build writes, byte for byte, with the same
 * diagnostics; an edit with an error keeps the last good files and reports what a full build
 * reports.
 */
class SessionEquivalenceTest {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path temp;
    Path content;
    BuildSession session;

    @Test
    void aSeriesOfEditsGivesWhatAFullBuildGives() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyExampleContent(content);
        session = new BuildSession(options(temp.resolve("unused")));
        assertTrue(session.build().ok());
        assertSameAsFullBuild("first build");

        edit("street/notice/water-cut-2026-12", "title: ", "title: 更正：");
        assertSameAsFullBuild("a notice's title");

        edit("street/procedure/senior-card", "time_limit: 20个工作日", "time_limit: 15个工作日");
        edit("street/procedure/senior-card", "  - 制卡：", "  - 审核：社区服务站当场审核\n  - 制卡：");
        assertSameAsFullBuild("a procedure of the same board (its card and poster)");

        edit("street/reception/director-day", "  - date: 2026-12-16", "  - date: 2026-12-09");
        assertSameAsFullBuild("a reception's date");

        Path added = content.resolve("street/notice/new-parking-2026-12.md");
        Files.writeString(added, """
                ---
                title: 关于和平街12号院停车位调整的公示
                published: 2026-11-27
                posting:
                  start: 2026-11-27
                  days: 7
                objections:
                  contact: 街道城市管理科 徐明
                  phone: "010-65212360"
                  address: 北京市东城区和平街12号二层208室
                ---
                见[停水通知](item:street/notice/water-cut-2026-12)。
                """);
        update(added);
        assertSameAsFullBuild("an added notice linking to another");

        Path deleted = content.resolve("liuyin/notice/parking-plan-2026.md");
        Files.delete(deleted);
        update(deleted);
        assertSameAsFullBuild("a deleted notice");

        Files.delete(added);
        update(added);
        assertSameAsFullBuild("the added notice deleted again");

        Map<String, byte[]> good = new TreeMap<>(session.files());
        SessionUpdate broken = edit("street/procedure/senior-card", "fee: 不收费", "fee: 不详");
        assertFalse(broken.ok());
        assertEquals(good.keySet(), session.files().keySet());
        good.forEach((path, bytes) -> assertTrue(
                java.util.Arrays.equals(bytes, session.files().get(path)), path));
        BuildResult failed = new Build().run(options(temp.resolve("failed")));
        assertFalse(failed.published());
        assertEquals(failed.diagnostics(), broken.diagnostics());

        edit("street/procedure/senior-card", "fee: 不详", "fee: 不收费（工本费由财政承担）");
        assertSameAsFullBuild("the error fixed");
    }

    /**
     * The preview once parsed bodies before reading site.yaml, so under {@code raw_html:
     * sanitize} it showed escaped tags where the published site showed cleaned HTML.
     */
    @Test
    void underRawHtmlSanitizeThePreviewShowsWhatTheBuildPublishes() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyExampleContent(content);
        Path yaml = content.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\nraw_html: sanitize\n");
        Path about = content.resolve("street/page/about.md");
        Files.writeString(about, Files.readString(about)
                + "\n<p>办公时间：<b>工作日</b><script>alert(1)</script></p>\n");
        session = new BuildSession(options(temp.resolve("unused")));
        assertTrue(session.build().ok(), () -> session.diagnostics().toString());
        assertSameAsFullBuild("raw HTML under sanitize");
        String page = new String(session.files().get("street/page/about.html"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<b>工作日</b>"), "the cleaned HTML is shown, not its tags");
        assertFalse(page.contains("<script>alert"), "and the script is gone");

        Files.writeString(yaml, Files.readString(yaml).replace("raw_html: sanitize", ""));
        Files.writeString(about, Files.readString(about).replace("<script>alert(1)</script>",
                ""));
        SessionUpdate refused = session.update(List.of(yaml, about));
        assertFalse(refused.ok(), "raw HTML is refused again once the policy is removed");
        assertEquals(new Build().run(options(temp.resolve("refused"))).diagnostics(),
                refused.diagnostics());
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(content, output, Projects.theme(), Optional.empty(), NOW, true);
    }

    private SessionUpdate edit(String id, String from, String to) throws IOException {
        Path file = content.resolve(id + ".md");
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        return update(file);
    }

    private SessionUpdate update(Path file) throws IOException {
        return session.update(List.of(file));
    }

    private void assertSameAsFullBuild(String after) throws IOException {
        Path out = temp.resolve("full-" + System.nanoTime());
        BuildResult full = new Build().run(options(out));
        assertTrue(full.published(), () -> after + ": " + full.diagnostics());
        assertEquals(full.diagnostics(), session.diagnostics(), after + ": diagnostics");
        Map<String, byte[]> expected = SiteFiles.read(out);
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(session.files().keySet()),
                after + ": the same files");
        List<String> differing = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, session.files().get(path))) {
                differing.add(path);
            }
        });
        assertEquals(List.of(), differing, after + ": files whose bytes differ");
        for (String copy : List.of("", "en/", "large/", "en/large/")) {
            assertTrue(expected.containsKey(copy + "print/street/week.html"), copy);
        }
    }
}

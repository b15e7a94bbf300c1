package org.noticeboard.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;

/**
 * The incremental session must give the same bytes and the same diagnostics as a full build,
 * after any sequence of edits, while rendering only what an edit affects.
 */
class BuildSessionTest {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path temp;
    Path content;
    BuildSession session;

    @BeforeEach
    void copyExample() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyExampleContent(content);
        session = new BuildSession(options(temp.resolve("unused")));
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(content, output, Projects.theme(), Optional.empty(), NOW, true);
    }

    /** A full build of the current content, as path → text. */
    private Map<String, String> fullBuild() throws IOException {
        Path out = temp.resolve("full-" + System.nanoTime());
        BuildResult result = new Build().run(options(out));
        assertTrue(result.published(), () -> result.diagnostics().toString());
        return SiteFiles.asText(SiteFiles.read(out));
    }

    private Map<String, String> sessionFiles() {
        return SiteFiles.asText(session.files());
    }

    private Path item(String id) {
        return content.resolve(id + ".md");
    }

    private SessionUpdate edit(String id, String from, String to) throws IOException {
        String text = Files.readString(item(id));
        assertTrue(text.contains(from), from);
        Files.writeString(item(id), text.replace(from, to));
        return session.update(List.of(item(id)));
    }

    @Test
    void firstBuildEqualsAFullBuild() throws IOException {
        SessionUpdate first = session.build();
        assertTrue(first.ok(), () -> first.diagnostics().toString());
        assertEquals(fullBuild(), sessionFiles());
        assertEquals(session.files().size(), first.changed().size());
    }

    @Test
    void anEditRendersOnlyTheAffectedPagesAndMatchesAFullBuild() throws IOException {
        session.build();
        int all = session.files().size();
        SessionUpdate update = edit("street/procedure/senior-card", "title: ", "title: 新");
        assertTrue(update.ok(), () -> update.diagnostics().toString());
        assertTrue(update.changed().contains("street/procedure/senior-card.html"));
        assertTrue(update.changed().contains("street/procedure/index.html"));
        assertTrue(update.changed().contains("procedure/index.html"));
        assertFalse(update.changed().contains("street/procedure/birth-registration.html"));
        assertFalse(update.changed().contains("dongsi/index.html"));
        assertTrue(update.rendered() < all / 2, "rendered " + update.rendered() + " of " + all);
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void anExampleItemPutsTheSampleBannerOnEveryPageAndRemovingItTakesItOff()
            throws IOException {
        session.build();
        int all = session.files().size();
        SessionUpdate marked = edit("street/procedure/senior-card", "title: ", "title: 【示例】");
        assertTrue(marked.ok(), () -> marked.diagnostics().toString());
        assertTrue(sessionFiles().get("dongsi/index.html").contains("class=\"sample-site\""));
        assertEquals(fullBuild(), sessionFiles());
        SessionUpdate unmarked = edit("street/procedure/senior-card", "title: 【示例】", "title: ");
        assertTrue(unmarked.rendered() >= all / 2, "the banner left every page");
        assertFalse(sessionFiles().get("dongsi/index.html").contains("sample-site"));
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void addingDeletingAndRelatingItemsMatchesAFullBuild() throws IOException {
        session.build();
        Path added = item("street/policy/new-rules");
        Files.writeString(added, """
                ---
                title: 新规则
                published: 2026-11-28
                replaces: [street/policy/first-contact-rules]
                ---
                见[旧规则](item:street/policy/ab-post-rules)。
                """);
        SessionUpdate add = session.update(List.of(added));
        assertTrue(add.ok(), () -> add.diagnostics().toString());
        assertTrue(add.changed().contains("street/policy/new-rules.html"));
        assertTrue(add.changed().contains("street/policy/first-contact-rules.html"),
                "the replaced item now says 'replaced by'");
        assertEquals(fullBuild(), sessionFiles());

        Files.delete(added);
        SessionUpdate delete = session.update(List.of(added));
        assertTrue(delete.changed().contains("street/policy/new-rules.html"));
        assertFalse(session.files().containsKey("street/policy/new-rules.html"));
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void anErrorKeepsTheLastGoodOutputAndAFixClearsIt() throws IOException {
        session.build();
        Map<String, byte[]> good = new TreeMap<>(session.files());
        SessionUpdate broken = edit("street/notice/water-cut-2026-12", "published: ",
                "published: 2026-13-45\nwas: ");
        assertFalse(broken.ok());
        assertTrue(broken.changed().isEmpty());
        assertEquals(good, session.files());
        Diagnostic first = broken.diagnostics().stream().filter(Diagnostic::isError)
                .findFirst().orElseThrow();
        assertEquals("content/street/notice/water-cut-2026-12.md", first.file()
                .substring(first.file().indexOf("content/")));
        SessionUpdate fixed = edit("street/notice/water-cut-2026-12",
                "published: 2026-13-45\nwas: ", "published: ");
        assertTrue(fixed.ok(), () -> fixed.diagnostics().toString());
        assertTrue(fixed.diagnostics().stream().noneMatch(Diagnostic::isError));
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void diagnosticsEqualAFullBuildsOnBrokenContent() throws IOException {
        session.build();
        edit("street/policy/ab-post-rules", "title: ", "titel: ");
        SessionUpdate update = edit("dongsi/notice/dibao-review-2026-11", "published: ",
                "published: soon\nx: ");
        BuildResult full = new Build().run(options(temp.resolve("never")));
        assertEquals(full.diagnostics(), update.diagnostics());
    }

    @Test
    void configurationAndThemeChangesRebuildEverything() throws IOException {
        session.build();
        Path config = content.resolve("site.yaml");
        Files.writeString(config, Files.readString(config)
                .replace("title: 和平街道政务公开", "title: 和平街道政务公开网"));
        SessionUpdate update = session.update(List.of(config));
        assertTrue(update.ok(), () -> update.diagnostics().toString());
        assertTrue(update.changed().contains("dongsi/policy/community-affairs-disclosure.html"));
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void savingAFileUnchangedChangesNothing() throws IOException {
        session.build();
        SessionUpdate update = edit("street/page/about", "title: ", "title: ");
        assertTrue(update.ok());
        assertEquals(List.of(), List.copyOf(update.changed()));
        assertEquals(0, update.rendered());
    }
}

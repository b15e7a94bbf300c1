package org.noticeboard.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.build.SessionUpdate;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;
import org.noticeboard.testing.TestSite;

/**
 * The preview ({@code serve}) holds the attached files exactly as a build publishes them, and
 * an attached file saved, replaced or removed updates the pages that cite it.
 */
class AttachmentSessionTest {

    static final String LIST = AttachmentsTest.LIST;
    static final String PHOTO = AttachmentsTest.PHOTO;
    static final String PAGE = "street/notice/dibao.html";
    static final ZonedDateTime NOW =
            ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path temp;
    TestSite site;
    BuildSession session;

    @BeforeEach
    void start() throws IOException {
        site = TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML + "languages: [zh-CN, en]\n")
                .file("street/notice/dibao.md", Items.notice("低保审核公示", "2026-11-25", 7) + """

                        请查阅[审核名单](附件1：审核名单.xlsx)。

                        ![公示现场照片](照片/公示现场.jpg)
                        """)
                .bytes("street/notice/附件1：审核名单.xlsx", Fixtures.xlsx())
                .bytes("street/notice/照片/公示现场.jpg", Fixtures.jpeg(64, 48));
        site.writeFiles();
        session = new BuildSession(options(temp.resolve("unused")));
        SessionUpdate first = session.build();
        assertTrue(first.ok(), first.diagnostics().toString());
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(site.content(), output, Projects.theme(), Optional.empty(), NOW,
                true);
    }

    private Path source(String path) {
        return site.content().resolve(path);
    }

    private Element photo() {
        return Jsoup.parse(new String(session.files().get(PAGE), StandardCharsets.UTF_8))
                .selectFirst(".body img");
    }

    @Test
    void thePreviewHoldsTheSameFilesAsABuildPublishes() throws IOException {
        Path out = temp.resolve("built");
        assertTrue(new Build().run(options(out)).published());
        Map<String, byte[]> built = SiteFiles.read(out);
        Map<String, String> fromBuild = new TreeMap<>(SiteFiles.asText(built));
        fromBuild.keySet().removeIf(p -> !p.startsWith("files/"));
        Map<String, String> fromSession = new TreeMap<>(SiteFiles.asText(session.files()));
        fromSession.keySet().removeIf(p -> !p.startsWith("files/"));
        assertEquals(List.of(LIST, PHOTO), List.copyOf(fromSession.keySet()));
        assertEquals(fromBuild, fromSession);
        assertArrayEquals(built.get(LIST), session.files().get(LIST));
        assertArrayEquals(Files.readAllBytes(out.resolve(PAGE)), session.files().get(PAGE));
    }

    @Test
    void aCorrectedListSavedUnderTheSameNameKeepsItsAddressWithTheNewBytes() throws IOException {
        byte[] corrected = Fixtures.xlsx();
        corrected[corrected.length - 1] ^= 1; // same size, other content
        Path file = source("street/notice/附件1：审核名单.xlsx");
        Files.write(file, corrected);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 2000));
        SessionUpdate update = session.update(List.of(file));
        assertTrue(update.ok(), update.diagnostics().toString());
        assertArrayEquals(corrected, session.files().get(LIST));
        assertTrue(update.changed().contains(LIST), update.changed().toString());
    }

    @Test
    void aReplacedPhotoChangesTheSizeOnThePage() throws IOException {
        assertEquals("64", photo().attr("width"));
        Path file = source("street/notice/照片/公示现场.jpg");
        Files.write(file, Fixtures.jpeg(120, 90));
        SessionUpdate update = session.update(List.of(file));
        assertTrue(update.ok(), update.diagnostics().toString());
        assertEquals("120", photo().attr("width"));
        assertEquals("90", photo().attr("height"));
        assertArrayEquals(Fixtures.jpeg(120, 90), session.files().get(PHOTO));
    }

    @Test
    void aRemovedFileIsAnErrorAtItsLinkAndTheLastGoodSiteStays() throws IOException {
        Path file = source("street/notice/附件1：审核名单.xlsx");
        Files.delete(file);
        SessionUpdate update = session.update(List.of(file));
        assertFalse(update.ok());
        assertEquals(List.of("content/street/notice/dibao.md:14:4: error: attached file "
                        + "'附件1：审核名单.xlsx' not found (looked for "
                        + "content/street/notice/附件1：审核名单.xlsx) [body]"),
                update.diagnostics().stream().map(d -> d.oneLine()).toList());
        assertTrue(session.files().containsKey(LIST), "the last good site is still served");

        Path md = source("street/notice/dibao.md");
        Files.writeString(md, Files.readString(md).replace("请查阅[审核名单](附件1：审核名单.xlsx)。",
                "名单另行公布。"));
        SessionUpdate fixed = session.update(List.of(md));
        assertTrue(fixed.ok(), fixed.diagnostics().toString());
        assertFalse(session.files().containsKey(LIST), "a file no longer cited is gone");
        assertTrue(session.files().containsKey(PHOTO));
    }
}

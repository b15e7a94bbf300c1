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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.addresses.Addresses;
import org.noticeboard.assemble.SiteAssembler;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.datapages.DataSetLoader;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.markdown.MarkdownEngine;
import org.noticeboard.model.Item;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;

/**
 * The files of the groups that say which items go into them (feeds, open data, calendars,
 * search, catalogue, sitemap, data pages): a preview update renders only those an edit can have
 * changed, and gives the bytes a full build gives — in every copy of the site.
 */
class ItemFilesSessionTest {

    private static final ZonedDateTime NOW =
            ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final List<String> COPIES = List.of("", "en/", "large/", "en/large/");

    @TempDir
    Path temp;
    Path content;
    BuildSession session;

    @BeforeEach
    void copyExample() throws IOException {
        content = temp.resolve("content");
        SiteFiles.copyExampleContent(content);
        session = new BuildSession(options(temp.resolve("unused")));
        assertTrue(session.build().ok());
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(content, output, Projects.theme(), Optional.empty(), NOW, true);
    }

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
        SessionUpdate update = session.update(List.of(item(id)));
        assertTrue(update.ok(), () -> update.diagnostics().toString());
        return update;
    }

    @Test
    void aReceptionsChangeRewritesItsBoardsAndTheSitesCalendarsOnly() throws IOException {
        SessionUpdate update = edit("dongsi/reception/deputy-reception", "location: ",
                "location: 二楼");
        for (String copy : COPIES) {
            assertTrue(update.changed().contains(copy + "dongsi/receptions.ics"), copy);
            assertTrue(update.changed().contains(copy + "receptions.ics"), copy);
            assertTrue(update.changed().contains(copy + "dongsi/items.json"), copy);
            assertFalse(update.changed().contains(copy + "xinhua/receptions.ics"), copy);
        }
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void aNoticesChangeReachesItsFeedsRecordsAndSearchAndMatchesAFullBuild()
            throws IOException {
        SessionUpdate update = edit("street/notice/water-cut-2026-12", "title: ",
                "title: 更正：");
        for (String copy : COPIES) {
            for (String file : List.of("feed.xml", "street/feed.xml", "items.json",
                    "street/items.json")) {
                assertTrue(update.changed().contains(copy + file), copy + file);
            }
            // the title is in a document shard and its terms in term shards of the index
            assertTrue(update.changed().stream().anyMatch(f -> f.startsWith(copy + "search/d/")),
                    copy);
            assertTrue(update.changed().stream().anyMatch(f -> f.startsWith(copy + "search/t/")),
                    copy);
            assertFalse(update.changed().contains(copy + "dongsi/items.json"), copy);
        }
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void anAmendmentOnAnotherBoardChangesTheAmendedItemsRecord() throws IOException {
        Path added = item("dongsi/policy/amending-rules");
        Files.writeString(added, """
                ---
                title: 关于修改首问负责制的决定
                published: 2026-11-28
                issuer: 东四社区居委会
                amends: [street/policy/first-contact-rules]
                ---
                修改[首问负责制](item:street/policy/first-contact-rules)第三条。
                """);
        SessionUpdate add = session.update(List.of(added));
        assertTrue(add.ok(), () -> add.diagnostics().toString());
        assertTrue(add.changed().contains("street/items.json"), "its 'amended_by' changed");
        assertEquals(fullBuild(), sessionFiles());

        Files.delete(added);
        assertTrue(session.update(List.of(added)).ok());
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void movingAnItemToAnotherBoardRewritesBothBoardsFiles() throws IOException {
        Path from = item("dongsi/notice/election-voter-registration-2026");
        Path to = item("xinhua/notice/election-voter-registration-2026");
        Files.move(from, to);
        SessionUpdate update = session.update(List.of(from, to));
        assertTrue(update.ok(), () -> update.diagnostics().toString());
        for (String file : List.of("dongsi/feed.xml", "xinhua/feed.xml", "dongsi/items.json",
                "xinhua/items.json")) {
            assertTrue(update.changed().contains(file), file);
        }
        assertEquals(fullBuild(), sessionFiles());
    }

    @Test
    void onlyTheFilesAnItemGoesIntoAreWanted() throws IOException {
        Diagnostics d = new Diagnostics();
        SiteConfig config = new ConfigLoader().load(content, "content", d).orElseThrow();
        SessionSources sources = new SessionSources(content, "content", new MarkdownEngine());
        sources.readAll(true);
        sources.validate(config, true);
        Map<String, Item> before = site(config, sources);
        Files.writeString(item("street/notice/water-cut-2026-12"),
                Files.readString(item("street/notice/water-cut-2026-12"))
                        .replace("title: ", "title: 更正："));
        sources.refresh(item("street/notice/water-cut-2026-12"));
        sources.validate(config, false);
        AffectedPages affected = AffectedPages.between(before, site(config, sources), config,
                OutputGroups.all(new DataSetLoader().load(content, "content", d), Addresses.NONE));
        for (String copy : COPIES) {
            for (String file : List.of("feed.xml", "street/feed.xml", "items.json",
                    "street/items.json", "search/index.js", "search.html",
                    "street/catalogue.html")) {
                assertTrue(affected.test(copy + file), copy + file);
            }
            for (String file : List.of("dongsi/feed.xml", "dongsi/items.json",
                    "dongsi/catalogue.html", "receptions.ics", "street/receptions.ics",
                    "data/index.html", "robots.txt")) {
                assertFalse(affected.test(copy + file), copy + file);
            }
        }
        assertTrue(affected.test("print/anything-unknown.html"), "other groups decide");
    }

    private Map<String, Item> site(SiteConfig config, SessionSources sources) {
        return new SiteAssembler().assemble(config, WorkingCalendar.EMPTY, sources.validated(),
                NOW.toLocalDate(), NOW, new Diagnostics()).byId();
    }
}

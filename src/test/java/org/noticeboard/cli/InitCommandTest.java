package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new office starts a site with {@code noticeboard init} and builds it at once. */
class InitCommandTest {

    static final String TODAY = "2026-12-08";

    @TempDir
    Path temp;

    private Console build(Path site) {
        return Console.run("build", "--source", site.resolve("content").toString(),
                "--output", site.resolve("site").toString(), "--now", TODAY, "--lang", "en");
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    void aNewSiteWithoutDetailsBuildsAtOnceAndSaysOnEveryPageThatItIsASample()
            throws IOException {
        Path site = temp.resolve("qingshi");
        Console init = Console.run("init", site.toString(), "--now", TODAY);
        assertEquals(0, init.exit(), init.err());

        assertEquals(List.of(".gitignore", "content/site.yaml",
                "content/street/commitment/example-commitment.md",
                "content/street/notice/example-notice.md",
                "content/street/page/example-page.md",
                "content/street/policy/example-policy.md",
                "content/street/procedure/example-procedure.md",
                "content/street/reception/example-reception.md",
                "content/street/responsibility/example-responsibility.md",
                "content/street/supervision/example-supervision.md"), files(site),
                "no theme file, no holiday file: both are built into the tool");

        Console built = build(site);
        assertEquals(0, built.exit(), built.err());
        String report = built.out() + built.err();
        assertTrue(report.contains("0 errors"), report);
        assertEquals(8, count(report, "is still a placeholder"), report);
        for (String field : List.of("[title]", "[organisation]", "[hotline]",
                "[public_contacts.0]", "[boards.0.name]", "[boards.0.address]",
                "[boards.0.office_hours]", "[boards.0.hotline]")) {
            assertEquals(1, count(report, "is still a placeholder: every page says this is a "
                    + "sample site until it is filled in " + field), field);
        }
        assertEquals(8, count(report, "this is an example item written by noticeboard init"),
                "one warning per example item");

        for (String path : List.of("index.html", "street/policy/example-policy.html",
                "street/catalogue.html", "large/index.html", "print/street/posters.html")) {
            if (Files.exists(site.resolve("site").resolve(path))) {
                var banner = page(site, path).selectFirst("p.sample-site");
                assertNotNull(banner, path);
                assertTrue(banner.text().startsWith("示例站点") && banner.text()
                        .contains("尚未由本单位正式发布"), banner.text());
            }
        }
        assertTrue(page(site, "en/index.html").selectFirst("p.sample-site").text()
                .contains("not yet published by the office"));
        Document home = page(site, "index.html");
        assertTrue(home.select("a[href^=tel:待填写]").isEmpty(),
                "a placeholder hotline is not a number to dial");
        assertTrue(home.text().contains("待填写：监督举报电话"), home.text());
    }

    @Test
    void aSiteFilledInByTheOfficeHasNoBannerAndNoSampleWarnings() throws IOException {
        Path site = temp.resolve("qingshi");
        Console init = Console.run("init", site.toString(), "--now", TODAY,
                "--name", "青石街道办事处", "--hotline", "010-62345678",
                "--address", "青石路1号便民服务大厅", "--office-hours", "周一至周五 8:30-17:30");
        assertEquals(0, init.exit(), init.err());
        String yaml = Files.readString(site.resolve("content/site.yaml"));
        assertTrue(yaml.contains("title: \"青石街道政务公开\"")
                && yaml.contains("hotline: \"010-62345678\"") && !yaml.contains("待填写："), yaml);
        // the office replaces each example with its own item
        for (String file : files(site.resolve("content"))) {
            Path p = site.resolve("content").resolve(file);
            Files.writeString(p, Files.readString(p).replace("【示例】", ""));
        }

        Console built = build(site);
        assertEquals(0, built.exit(), built.err());
        String report = built.out() + built.err();
        assertEquals(0, count(report, "placeholder") + count(report, "example item"), report);
        Document home = page(site, "index.html");
        assertTrue(home.select("p.sample-site").isEmpty(), "no banner once filled in");
        assertEquals("青石街道政务公开", home.selectFirst(".site-title").text());
        assertFalse(home.select("a[href=tel:010-62345678]").isEmpty());
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path site = Files.createDirectories(temp.resolve("office"));
        Files.writeString(site.resolve("notes.txt"), "mine");

        Console init = Console.run("init", site.toString());

        assertEquals(2, init.exit());
        assertTrue(init.err().contains("is not empty"), init.err());
        assertEquals(List.of("notes.txt"), files(site));
    }

    @Test
    void eachDeployRecipeFetchesTheWholeHistory() throws IOException {
        assertEquals(0, Console.run("init", temp.resolve("gh").toString(), "--deploy", "github")
                .exit());
        assertTrue(Files.readString(temp.resolve("gh/.github/workflows/publish.yml"))
                .contains("fetch-depth: 0"));
        assertEquals(0, Console.run("init", temp.resolve("gl").toString(), "--deploy", "gitlab")
                .exit());
        assertTrue(Files.readString(temp.resolve("gl/.gitlab-ci.yml"))
                .contains("GIT_DEPTH: \"0\""));
        assertEquals(0, Console.run("init", temp.resolve("rs").toString(), "--deploy", "rsync")
                .exit());
        Path script = temp.resolve("rs/deploy.sh");
        assertTrue(Files.readString(script).contains("git fetch --unshallow"));
        assertTrue(Files.isExecutable(script));

        Console wrong = Console.run("init", temp.resolve("x").toString(), "--deploy", "ftp");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("github, gitlab, rsync or none"), wrong.err());
        assertFalse(Files.exists(temp.resolve("x")));
    }
}

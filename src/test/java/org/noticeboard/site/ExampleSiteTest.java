package org.noticeboard.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.testing.Projects;

/** Builds the real example content the README's quick start builds, and reads it as a resident. */
class ExampleSiteTest {

    @TempDir
    static Path temp;

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        site = temp.resolve("site");
        result = new Build().run(new BuildOptions(Projects.exampleContent(), site,
                Projects.theme(), Optional.empty(),
                LocalDate.of(2026, 11, 29).atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")),
                true));
    }

    @Test
    void buildsWithoutErrors() {
        List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::oneLine).toList();
        assertEquals(List.of(), errors);
        assertTrue(result.published());
    }

    @Test
    void everyPublishedContentFileHasItsPage() throws IOException {
        try (Stream<Path> files = Files.walk(Projects.exampleContent())) {
            List<Path> items = files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.toString().contains("/data/")).toList();
            assertTrue(items.size() >= 30, "the example has at least 30 items");
            int pages = 0;
            for (Path md : items) {
                String rel = Projects.exampleContent().relativize(md).toString();
                String text = Files.readString(md);
                Path page = site.resolve(rel.replace(".md", ".html"));
                boolean withheld = text.contains("\ndraft: true")
                        || text.contains("published: 2026-12");
                assertEquals(!withheld, Files.exists(page), rel);
                pages += withheld ? 0 : 1;
            }
            assertTrue(pages >= 30);
        }
    }

    @Test
    void everyInternalLinkAndAssetResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(html.toFile(), "UTF-8");
                for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
                    String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    URI uri = URI.create(ref);
                    if (uri.getScheme() != null || ref.startsWith("#")) {
                        continue;
                    }
                    checked++;
                    Path target = html.getParent().resolve(uri.getPath()).normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(site.relativize(html) + " -> " + ref);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 1000, "checked " + checked + " links");
    }

    @Test
    void homePageListsEveryBoardAndTheHotline() throws IOException {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<String> boards = home.select(".nav-wide nav.boards-nav a").eachText();
        for (String name : List.of("和平街道办事处", "东四社区居民委员会", "新华社区居民委员会",
                "柳荫社区居民委员会")) {
            assertTrue(boards.contains(name), name + " in " + boards);
            assertTrue(home.select(".board-list a").eachText().contains(name));
        }
        assertTrue(home.select(".lead").text().contains("010-65212345"));
        assertFalse(home.select("#open-now ~ ul.cards li").isEmpty(), "open notices on home");
    }

    @Test
    void itemPageShowsDisclosureMetadataAboveTheBody() throws IOException {
        Document page = Jsoup.parse(site.resolve("street/policy/open-affairs-rules.html")
                .toFile(), "UTF-8");
        var rows = page.select("table.meta tr");
        List<String> labels = rows.stream().map(r -> r.selectFirst("th").text()).toList();
        assertTrue(labels.containsAll(List.of("索引号", "发布机构", "发文字号", "成文日期", "发布日期",
                "有效性", "所属公开栏", "公开类别")), labels.toString());
        Element table = page.selectFirst("table.meta");
        Element body = page.selectFirst("div.body");
        assertTrue(table.siblingIndex() < body.siblingIndex(), "metadata above the body");
        assertTrue(page.select("table.meta").text().contains("和街发"));
    }

    @Test
    void draftsAndFutureItemsAreNotPublished() {
        assertFalse(Files.exists(site.resolve("street/policy/grid-management-rules.html")));
        assertFalse(Files.exists(site.resolve("street/notice/new-year-service-2027.html")));
    }

    @Test
    void boardAndListingAnd404PagesExist() {
        for (String path : List.of("404.html", "street/index.html", "dongsi/index.html",
                "notice/index.html", "street/procedure/index.html", "street/archive.html",
                "assets/style.css")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
    }

    @Test
    void everyGuideFitsItsConsultationCardAndEveryBoardHasItsPrintPages() {
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::oneLine)
                .filter(l -> l.contains("consultation card")).toList());
        for (String board : List.of("street", "dongsi", "xinhua", "liuyin")) {
            assertTrue(Files.isRegularFile(site.resolve("print/" + board + "/week.html")));
            assertTrue(Files.isRegularFile(site.resolve("print/" + board + "/cards.html")));
        }
        assertTrue(Files.isRegularFile(site.resolve("print/street/notice/water-cut-2026-12.html")));
    }
}

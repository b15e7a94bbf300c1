package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Chromium;
import org.noticeboard.testing.TestSite;

/**
 * An item with a table in its body, read on a 390 px phone in the normal and the large-text
 * copy: the table's columns keep whole words ("检查日期" on one line, not one character per
 * line), the metadata table reads as label above value, the board links fold behind one
 * control, and the item's own content starts on the first screen. Laid out by headless
 * Chromium, measured by a script added to a copy of the page.
 */
class BodyTableTest {

    static final String ITEM = """
            ---
            title: 2026年第三季度消防安全检查结果
            published: 2026-10-10
            inspected: 2026-09-30
            period: 2026年第三季度
            inspector: 街道安全生产检查组
            ---
            | 检查日期 | 检查项目 | 检查结果 | 整改情况 |
            |---|---|---|---|
            | 2026年9月12日 | 楼道堆物、消防通道 | 东区3号楼楼道堆放杂物，占用消防通道 | 已于9月15日清理完毕 |
            | 2026年9月20日 | 电动自行车充电 | 未发现飞线充电 | 无需整改 |

            依据见[应急管理部网站](https://www.mem.gov.cn/)。
            """;

    /** Measures what a reader sees and writes it into attributes of {@code <body>}. */
    static final String PROBE = """
            <script>
            (function () {
              function lines(el) {
                var r = document.createRange(); r.selectNodeContents(el);
                var tops = {};
                Array.prototype.forEach.call(r.getClientRects(), function (x) { tops[Math.round(x.top)] = 1; });
                return Object.keys(tops).length;
              }
              var b = document.body;
              b.setAttribute('data-head-lines', Array.prototype.map.call(
                document.querySelectorAll('.body th'), lines).join(','));
              b.setAttribute('data-cell-lines', Array.prototype.map.call(
                document.querySelectorAll('.body td'), function (td) {
                  return td.textContent.length + '/' + lines(td); }).join(','));
              var row = document.querySelector('table.meta tr');
              var th = row.querySelector('th').getBoundingClientRect();
              var td = row.querySelector('td').getBoundingClientRect();
              b.setAttribute('data-meta-stacked', String(td.top >= th.bottom - 1));
              b.setAttribute('data-caption-lines', String(lines(document.querySelector('table.meta caption'))));
              b.setAttribute('data-narrow-nav', getComputedStyle(document.querySelector('.nav-narrow')).display);
              b.setAttribute('data-h1-top', String(Math.round(document.querySelector('h1').getBoundingClientRect().top)));
            }());
            </script>
            """;

    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.in(temp).file("site.yaml", TestSite.SITE_YAML.replace("index_prefix:",
                        "large_text: true\nindex_prefix:"))
                .file("street/supervision/fire-2026q3.md", ITEM);
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
    }

    @Test
    void theBodyTableIsATableWithItsHeadersInBothCopies() {
        for (String copy : List.of("", "large/")) {
            Document page = site.page(copy + "street/supervision/fire-2026q3.html");
            assertEquals(List.of("检查日期", "检查项目", "检查结果", "整改情况"),
                    page.select(".body table thead th").eachText());
            assertEquals(2, page.select(".body table tbody tr").size());
            assertEquals(page.select(".nav-wide nav.boards-nav a").eachAttr("href"),
                    page.select("details.nav-narrow nav.boards-nav a").eachAttr("href"),
                    "the folded menu has the same board links");
        }
    }

    @Test
    void onA390PixelPhoneColumnsKeepWholeWordsAndTheMetadataStacks() throws Exception {
        Chromium.assumeAvailable();
        for (String copy : List.of("", "large/")) {
            Document dom = measured(copy + "street/supervision/fire-2026q3.html", 390);
            var body = dom.body();
            assertEquals("1,1,1,1", body.attr("data-head-lines"), copy + ": 检查日期 on one line");
            for (String cell : body.attr("data-cell-lines").split(",")) {
                int chars = Integer.parseInt(cell.split("/")[0]);
                int lines = Integer.parseInt(cell.split("/")[1]);
                // four characters a line at least ("检/查/日/期" was one)
                assertTrue(lines <= (chars + 3) / 4, copy + ": a cell of " + chars
                        + " characters on " + lines + " lines");
            }
            assertEquals("true", body.attr("data-meta-stacked"), copy);
            assertEquals("1", body.attr("data-caption-lines"), copy + ": 公开信息 on one line");
            assertEquals("block", body.attr("data-narrow-nav"), copy);
            assertTrue(Integer.parseInt(body.attr("data-h1-top")) < 450,
                    copy + ": the title is on the first screen, at " + body.attr("data-h1-top"));
        }
    }

    @Test
    void onADesktopTheMetadataIsATableAndTheBoardsAreShown() throws Exception {
        Chromium.assumeAvailable();
        var body = measured("street/supervision/fire-2026q3.html", 1280).body();
        assertEquals("false", body.attr("data-meta-stacked"));
        assertEquals("none", body.attr("data-narrow-nav"));
        assertEquals("1,1,1,1", body.attr("data-head-lines"));
    }

    @Test
    void printingThePageLeavesOutNavigationSearchAndLanguageLinks() throws Exception {
        Chromium.assumeAvailable();
        Path page = site.output().resolve("street/supervision/fire-2026q3.html");
        Path pdf = temp.resolve("printed.pdf");
        Path profile = Files.createTempDirectory(temp, "chromium-");
        Process p = new ProcessBuilder(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                "--user-data-dir=" + profile, "--print-to-pdf=" + pdf, page.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("chromium.log").toFile())
                .start();
        assertTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "chromium finished");
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        assertTrue(text.contains("2026年第三季度消防安全检查结果"), text);
        assertTrue(text.contains("(https://www.mem.gov.cn/)"), "external address printed: " + text);
        for (String left : List.of("跳到正文", "搜索本站", "公开栏与语言", "东社区居委会", "大字版")) {
            assertTrue(!text.contains(left), left + " printed: " + text);
        }
    }

    /** The page with {@link #PROBE} added, as Chromium lays it out at {@code width} px. */
    private static Document measured(String path, int width) throws Exception {
        Path page = site.output().resolve(path);
        Path probe = page.resolveSibling("probe-" + width + "-" + page.getFileName());
        Files.writeString(probe, Files.readString(page).replace("</body>", PROBE + "</body>"));
        return Jsoup.parse(Chromium.dumpDom(probe.toUri().toString(), temp, width));
    }
}

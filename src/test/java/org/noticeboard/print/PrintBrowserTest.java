package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/**
 * The print pages printed by a real browser: headless Chromium writes the PDFs, PDFBox reads
 * them back. Under CI=true these tests run or fail; elsewhere they skip without Chromium.
 */
class PrintBrowserTest {

    static final String BASE = "https://test.example.gov.cn/";
    static final float MARGIN_PT = 15 * 72 / 25.4f;

    @TempDir
    static Path temp;

    static Path site;
    static Map<String, PdfFile> pdfs = new TreeMap<>();
    static Document measured;
    static Document example;
    static ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void printEverything() throws Exception {
        Optional<PdfPrinter> printer = PdfPrinter.find();
        if (printer.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but Chromium is not installed: " + PdfPrinter.installHint());
            }
            Assumptions.assumeTrue(false, "Chromium is not installed");
        }
        TestSite s = TestSite.in(temp).baseUrl(BASE)
                .file("street/notice/water.md", Items.notice("关于临时停水的通告", "2026-11-25", 7))
                .file("street/notice/big.md", Items.notice("大幅公告", "2026-11-25", 7)
                        .replace("published: 2026-11-20", "published: 2026-11-20\npaper: A3"))
                .file("street/policy/rules.md", Items.policy("政务公开规定"));
        for (int n = 1; n <= 5; n++) {
            s.file("east/procedure/service-" + n + ".md", Items.procedure("办事事项" + n));
        }
        assertEquals(List.of(), TestSite.lines(s.build()));
        site = temp.resolve("site");
        Path cards = site.resolve("print/east/cards.html");
        Path measure = cards.resolveSibling("cards-measure.html");
        Files.writeString(measure, Files.readString(cards).replace("</body>",
                "<script>" + MEASURE + "</script></body>"));
        Map<String, String> jobs = Map.of("water", "print/street/notice/water.html",
                "big", "print/street/notice/big.html", "week", "print/street/board.html",
                "cards", "print/east/cards.html");
        Map<String, Future<PdfFile>> running = new TreeMap<>();
        for (var job : jobs.entrySet()) {
            running.put(job.getKey(), pool.submit(() -> {
                Path pdf = temp.resolve(job.getKey() + ".pdf");
                printer.get().print(site.resolve(job.getValue()), pdf);
                return PdfFile.read(pdf);
            }));
        }
        Future<String> dom = pool.submit(() -> printer.get().dumpDom(measure));
        Future<String> exampleDom = pool.submit(() -> {
            Path out = temp.resolve("example");
            new Build().run(new BuildOptions(Projects.exampleContent(), out, Projects.theme(),
                    Optional.of(BASE), LocalDate.of(2026, 11, 29).atTime(8, 0)
                            .atZone(ZoneId.of("Asia/Shanghai")), true));
            Path street = out.resolve("print/street/cards.html");
            Path check = street.resolveSibling("cards-measure.html");
            Files.writeString(check, Files.readString(street).replace("</body>",
                    "<script>" + MEASURE + "</script></body>"));
            return printer.get().dumpDom(check);
        });
        for (var r : running.entrySet()) {
            pdfs.put(r.getKey(), r.getValue().get());
        }
        measured = Jsoup.parse(dom.get());
        example = Jsoup.parse(exampleDom.get());
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** Marks each card with its size and how tall its text really is, in millimetres. */
    static final String MEASURE = """
            var mm = 25.4 / 96;
            document.querySelectorAll('section.consult').forEach(function (c) {
              var r = c.getBoundingClientRect();
              var flow = c.querySelector('.consult-flow');
              var used = flow.lastElementChild.getBoundingClientRect().bottom
                  - flow.getBoundingClientRect().top;
              c.setAttribute('data-w-mm', (r.width * mm).toFixed(2));
              c.setAttribute('data-h-mm', (r.height * mm).toFixed(2));
              c.setAttribute('data-used-mm', (used * mm).toFixed(2));
              c.setAttribute('data-overflow', flow.scrollHeight > flow.clientHeight + 1);
            });
            """;

    @Test
    void aTypicalNoticeFitsOneA4SheetWithNothingOverflowing() {
        PdfFile water = pdfs.get("water");
        assertEquals(1, water.sheets().size());
        assertEquals("210x297", water.size(0));
        assertEquals(List.of(), water.outside(0, MARGIN_PT));
        String text = water.text().get(0);
        for (String expected : List.of("测试街道办事处", "关于临时停水的通告", "公示期：2026年11月25日至12月1日",
                "公示内容。", "受理部门：民政科", "监督举报电话：010-65212345", "第1页 共1页")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void theQrCodeOnThePosterOpensTheItemsPage() {
        assertEquals(List.of(BASE + "street/notice/water.html"), pdfs.get("water").qrCodes()
                .get(0));
    }

    @Test
    void anA3PosterIsPrintedOnA3() {
        PdfFile big = pdfs.get("big");
        assertEquals(1, big.sheets().size());
        assertEquals("297x420", big.size(0));
        assertEquals(List.of(BASE + "street/notice/big.html"), big.qrCodes().get(0));
    }

    @Test
    void theWeeksBoardIsACoverThenOneSheetPerItemEachOnItsPaper() {
        PdfFile week = pdfs.get("week");
        assertEquals(List.of("210x297", "297x420", "210x297", "210x297"),
                List.of(week.size(0), week.size(1), week.size(2), week.size(3)));
        assertEquals(4, week.sheets().size());
        assertTrue(week.text().get(0).contains("本周张贴以下3项信息"), week.text().get(0));
        assertTrue(week.text().get(1).contains("大幅公告"));
        assertTrue(week.text().get(2).contains("关于临时停水的通告"));
        assertTrue(week.text().get(3).contains("政务公开规定"));
        assertEquals(List.of(List.of(), List.of(BASE + "street/notice/big.html"),
                List.of(BASE + "street/notice/water.html"),
                List.of(BASE + "street/policy/rules.html")), week.qrCodes());
        for (int n = 0; n < 4; n++) {
            assertEquals(List.of(), week.outside(n, MARGIN_PT), "sheet " + (n + 1));
        }
    }

    @Test
    void cardsAreLaidFourToAnA4SheetAndEachCodeLeadsToItsGuide() {
        PdfFile cards = pdfs.get("cards");
        assertEquals(2, cards.sheets().size());
        assertEquals("210x297", cards.size(0));
        assertEquals(List.of(BASE + "east/procedure/service-1.html",
                BASE + "east/procedure/service-2.html", BASE + "east/procedure/service-3.html",
                BASE + "east/procedure/service-4.html"), cards.qrCodes().get(0));
        assertEquals(List.of(BASE + "east/procedure/service-5.html"), cards.qrCodes().get(1));
        assertEquals(List.of(), cards.outside(0, 0));
        assertTrue(cards.text().get(0).contains("办事事项4"));
    }

    @Test
    void eachCardIsAnA6BoxAndItsTextFitsAsTheBuildEstimated() {
        assertCardsFitAsEstimated(measured, 5);
    }

    private static void assertCardsFitAsEstimated(Document page, int count) {
        List<Element> cards = page.select("section.consult");
        assertEquals(count, cards.size());
        for (Element card : cards) {
            String id = card.attr("data-item");
            assertEquals(105.0, Double.parseDouble(card.attr("data-w-mm")), 0.1, id);
            assertEquals(148.0, Double.parseDouble(card.attr("data-h-mm")), 0.1, id);
            assertEquals("false", card.attr("data-overflow"), id);
            double used = Double.parseDouble(card.attr("data-used-mm"));
            double estimate = Double.parseDouble(card.attr("data-estimate-mm"));
            assertTrue(estimate >= used, id + ": estimated " + estimate + " < measured " + used);
            assertTrue(estimate <= used * 1.35, id + ": estimated " + estimate
                    + " mm, far above the measured " + used + " mm");
        }
    }

    @Test
    void theExampleSitesLongGuidesFitTheirCardsAsTheBuildEstimated() {
        // Calibration on real content: the street office's six guides are the longest.
        assertCardsFitAsEstimated(example, 6);
    }
}

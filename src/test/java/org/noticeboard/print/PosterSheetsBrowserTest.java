package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.model.Site;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * Posters of one, two and three sheets printed by Chromium through one browser session: the
 * foot (signature, objection box, QR code) always stays with the end of the text, a poster that
 * fits one sheet never spills, and the change sheet's sheet count is what Chromium prints.
 */
class PosterSheetsBrowserTest {

    @TempDir
    Path temp;

    /** One paragraph of a real 公示, about three lines on an A4 poster. */
    static final String PARAGRAPH = "经居民代表会议讨论，现将本社区第四季度公共收益使用情况予以公示，"
            + "请居民监督，如有异议请在公示期内提出。\n\n";

    static PdfPrinter printer() {
        Optional<PdfPrinter> printer = PdfPrinter.find();
        if (printer.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI=true but Chromium is not installed: " + PdfPrinter.installHint());
        }
        Assumptions.assumeTrue(printer.isPresent(), "Chromium is not installed");
        return printer.get();
    }

    @Test
    void theFootStaysWithTheTextAndAOneSheetNoticeNeverSpills() throws Exception {
        PdfPrinter printer = printer();
        TestSite site = TestSite.in(temp).baseUrl("https://test.example.gov.cn/");
        // 4 to 30 paragraphs: one sheet, just over one sheet, two sheets and three
        for (int k = 4; k <= 30; k++) {
            site.file("street/notice/n" + k + ".md", Items.notice("关于第" + k + "号事项的公示",
                    "2026-11-25", 7).replace("公示内容。\n", PARAGRAPH.repeat(k)));
        }
        Site built = site.build().site().orElseThrow();
        List<String> sheets = new ArrayList<>();
        try (ChromiumSession browser = printer.session()) {
            for (int k = 4; k <= 30; k++) {
                Path pdf = temp.resolve(k + ".pdf");
                browser.print(temp.resolve("site/print/street/notice/n" + k + ".html"), pdf);
                PdfFile printed = PdfFile.read(pdf);
                int count = printed.sheets().size();
                String last = printed.text().get(count - 1);
                assertTrue(last.contains("受理部门：民政科") && last.contains("经居民代表会议"),
                        k + " paragraphs: the foot is alone on its sheet: " + last);
                assertTrue(last.contains("第" + count + "页 共" + count + "页"), last);
                assertEquals(List.of("https://test.example.gov.cn/street/notice/n" + k + ".html"),
                        printed.qrCodes().get(count - 1), k + " paragraphs");
                assertEquals(count, SheetEstimate.sheets(built.item("street/notice/n" + k)
                        .orElseThrow()), k + " paragraphs: estimated sheets");
                sheets.add(k + ":" + count);
            }
        }
        // the two that would spill a line onto a second sheet at full size are set snug
        assertTrue(sheets.containsAll(List.of("7:1", "8:1", "9:1", "15:2", "28:3")),
                sheets.toString());
        assertTrue(site.page("print/street/notice/n9.html").selectFirst("article.sheet")
                .hasClass("sheet-snug"));
        assertTrue(!site.page("print/street/notice/n7.html").selectFirst("article.sheet")
                .hasClass("sheet-snug"));
    }
}

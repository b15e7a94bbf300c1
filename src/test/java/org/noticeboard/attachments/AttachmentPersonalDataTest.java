package org.noticeboard.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.DiagnosticFormatter;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * The personal-data guard reads CSV and TXT attachments: a 公示名单 exported with full ID
 * numbers is refused, naming the file and line, with the number masked.
 */
class AttachmentPersonalDataTest {

    static final String ID = "11010519491231002X";

    @TempDir
    Path temp;

    private TestSite notice(String frontMatterExtra) {
        String notice = Items.notice("低保审核公示", "2026-11-25", 7)
                .replace("---\n公示内容。", frontMatterExtra + "---\n公示内容。")
                + "\n[审核名单](名单.csv)\n";
        return TestSite.in(temp).file("street/notice/a.md", notice);
    }

    @Test
    void anIdNumberInACsvListIsRefusedAtItsLineAndNeverEchoed() {
        TestSite site = notice("").file("street/notice/名单.csv",
                "序号,姓名,身份证号,家庭人口\n1,张某某," + ID + ",3\n");
        BuildResult result = site.build();
        assertFalse(result.published());
        assertEquals(List.of("content/street/notice/名单.csv:2:7: error: resident ID number "
                + "(身份证号) in the attached file 名单.csv; publish it masked as "
                + "110***********002X"), TestSite.lines(result));
        assertEquals("1,张某某,110***********002X,3", result.diagnostics().get(0).sourceLine());
        String printed = new DiagnosticFormatter().text(result.diagnostics(), true);
        assertFalse(printed.contains(ID), printed);
    }

    @Test
    void aCsvSavedByChineseExcelInGb18030IsReadToo() {
        byte[] gbk = ("序号,姓名,联系电话\r\n1,李某某,13812345678\r\n")
                .getBytes(Charset.forName("GB18030"));
        TestSite site = notice("").bytes("street/notice/名单.csv", gbk);
        assertEquals(List.of("content/street/notice/名单.csv:2:7: error: mobile phone number "
                + "(手机号码) in the attached file 名单.csv; publish it masked as 138****5678"),
                TestSite.lines(site.check()));
    }

    @Test
    void aListWithNamesOnlyPasses() {
        TestSite site = notice("").file("street/notice/名单.csv", "序号,姓名,家庭人口\n1,张某某,3\n");
        assertEquals(List.of(), TestSite.lines(site.build()));
    }

    @Test
    void aReviewedWaiverOfTheItemCoversItsAttachmentWithAWarning() {
        TestSite site = notice("pii_waiver:\n  reason: 经审核依法公示\n")
                .file("street/notice/名单.csv", "1,张某某," + ID + "\n");
        BuildResult result = site.build();
        assertEquals(List.of("content/street/notice/名单.csv:1:7: warning: resident ID number "
                + "(身份证号) 110***********002X published under pii_waiver: 经审核依法公示"),
                TestSite.lines(result));
    }
}

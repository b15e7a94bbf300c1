package org.noticeboard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.DiagnosticFormatter;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Personal data in items: found with checksums, never echoed, allowed when declared public. */
class PersonalDataGuardTest {

    private static final String FILE = "content/street/policy/a.md";

    @TempDir
    Path temp;

    private static String policy(String frontMatter, String body) {
        return "---\ntitle: 公告\npublished: 2026-11-01\n" + frontMatter + "---\n" + body;
    }

    private BuildResult check(String text) {
        return TestSite.in(temp).file("street/policy/a.md", text).check();
    }

    @Test
    void residentIdNumberInTheBodyIsAnErrorAndNeverEchoed() {
        BuildResult result = check(policy("", "正文。\n申请人身份证号11010519491231002X，特此公告。\n"));
        assertEquals(List.of(FILE + ":6:8: error: resident ID number (身份证号) in a public item; "
                + "publish it masked as 110***********002X [body]"), TestSite.lines(result));
        String printed = new DiagnosticFormatter().text(result.diagnostics(), true)
                + new DiagnosticFormatter().json(result.diagnostics());
        assertFalse(printed.contains("11010519491231002X"), printed);
        assertEquals("申请人身份证号110***********002X，特此公告。",
                result.diagnostics().get(0).sourceLine());
    }

    @Test
    void mobileNumberInAFrontMatterValue() {
        String notice = Items.notice("公示", "2026-11-20", 7)
                .replace("phone: \"010-65212347\"", "phone: \"13812345678\"");
        assertEquals(List.of("content/street/notice/a.md:9:11: error: mobile phone number "
                        + "(手机号码) in a public item; publish it masked as 138****5678 "
                        + "[objections.phone]"),
                TestSite.lines(TestSite.in(temp).file("street/notice/a.md", notice).check()));
    }

    @Test
    void bankCardAndEmailInTheBody() {
        assertEquals(List.of(
                FILE + ":5:5: error: bank card number (银行卡号) in a public item; publish it "
                        + "masked as 6222***********6789 [body]",
                FILE + ":6:6: error: e-mail address (电子邮箱) in a public item; publish it "
                        + "masked as z***@example.com [body]"),
                TestSite.lines(check(policy("", "打款账号6222 0210 0112 3456 789。\n"
                        + "联系邮箱：zhang.san@example.com。\n"))));
    }

    @Test
    void ordinaryNumbersMaskedNamesAndFailedChecksumsAreNotPersonalData() {
        String index = "index_no: \"11010100-0001/2019-00007\"\n";
        assertEquals(List.of(), TestSite.lines(check(policy(index,
                """
                | 序号 | 户主 | 电话 | 金额（元） |
                | --- | --- | --- | --- |
                | 1 | 王*明 | 138****5678 | 1450 |

                编号110105194912310021不是有效的身份证号，6222021001123456780也不是卡号。
                公示期为2026-11-20至2026-11-27，合计48600元，订单号20261120153045。
                """))));
    }

    @Test
    void declaredPublicContactsAreAllowed() {
        String site = TestSite.SITE_YAML
                + "public_contacts: [\"13900001111\", \"GK@test.gov.cn\"]\n";
        assertEquals(List.of(), TestSite.lines(TestSite.in(temp).file("site.yaml", site)
                .file("street/policy/a.md", policy("", "值班手机139-0000-1111，邮箱gk@test.gov.cn。"
                        + "监督电话010-65212345。\n")).check()));
    }

    @Test
    void reviewedWaiverTurnsTheErrorIntoAWarningNamingTheReason() {
        assertEquals(List.of(FILE + ":7:4: warning: mobile phone number (手机号码) 138****5678 "
                        + "published under pii_waiver: 选举委员会成员联系方式依法公开 [body]"),
                TestSite.lines(check(policy("pii_waiver:\n  reason: 选举委员会成员联系方式依法公开\n",
                        "联系人13812345678。\n"))));
    }

    @Test
    void draftsAreWarnedNotBlocked() {
        BuildResult result = check(policy("draft: true\n", "联系人13812345678。\n"));
        assertEquals(List.of(FILE + ":6:4: warning: mobile phone number (手机号码) in a draft; "
                + "publish it masked as 138****5678 [body]"), TestSite.lines(result));
        assertFalse(result.hasErrors());
    }

    @Test
    void checksums() {
        assertTrue(PersonalData.idChecksumHolds("11010519491231002X"));
        assertTrue(PersonalData.idChecksumHolds("11010519491231002x"));
        assertFalse(PersonalData.idChecksumHolds("110105194912310021"));
        assertTrue(PersonalData.luhn("4111111111111111"));
        assertFalse(PersonalData.luhn("4111111111111112"));
        assertEquals(List.of(PersonalData.Kind.BANK_CARD),
                PersonalData.find("卡号4111111111111111").stream()
                        .map(PersonalData.Found::kind).toList());
        assertEquals("邮箱a***@b.cn。手机138****0000", PersonalData.maskAll("邮箱ab@b.cn。手机13800000000"));
    }

    @Test
    void everyDiagnosticKeepsTheFileAndLine() {
        for (Diagnostic d : check(policy("summary: 联系13812345678\n", "")).diagnostics()) {
            assertEquals(FILE, d.file());
            assertEquals(4, d.line());
        }
    }
}

package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The 落款: issuer and date under the body, right-aligned, on the page and on the poster. */
class SignatureTest {

    @TempDir
    Path temp;

    private static final String SIGNED_BY_HAND = """
            ---
            title: 关于开展政务公开日活动的办法
            published: 2026-11-20
            issuer: 和平街道办事处
            ---
            各社区：

            请按时参加。

            和平街道办事处

            2026年11月18日
            """;

    private TestSite site() {
        return TestSite.in(temp).file("site.yaml", EditionsTest.BOTH)
                .file("street/policy/rules.md", """
                        ---
                        title: 政务公开工作制度
                        published: 2026-11-20
                        written: 2026-11-18
                        issuer: 和平街道办事处
                        ---
                        第一条 为了规范政务公开工作，制定本制度。
                        """)
                .file("street/policy/signed.md", SIGNED_BY_HAND)
                .file("street/notice/water.md", Items.notice("停水通知", "2026-11-20", 7))
                .file("street/page/about.md", """
                        ---
                        title: 关于本栏
                        issuer: 和平街道办事处
                        ---
                        本栏公开街道事务。
                        """);
    }

    @Test
    void aPolicyIsSignedByItsIssuerOnTheDayItWasWritten() {
        TestSite site = site();
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        Element sign = site.page("street/policy/rules.html").selectFirst("article .signature");
        assertEquals("和平街道办事处", sign.child(0).text());
        assertEquals("2026年11月18日", sign.child(1).text());
        assertEquals("2026-11-18", sign.selectFirst("time").attr("datetime"));
        assertTrue(sign.previousElementSibling().hasClass("body"), "the 落款 closes the body");

        Element en = site.page("en/street/policy/rules.html").selectFirst("article .signature");
        assertEquals("18 November 2026", en.child(1).text());
    }

    @Test
    void withoutAWrittenDateTheDayOfPublicationSigns() {
        TestSite site = site();
        site.build();
        Element sign = site.page("street/notice/water.html").selectFirst(".signature");
        assertEquals("2026年11月20日", sign.child(1).text());
    }

    @Test
    void aBodyThatEndsWithItsOwnSignatureIsNotSignedTwice() {
        TestSite site = site();
        site.build();
        Document page = site.page("street/policy/signed.html");
        assertNull(page.selectFirst(".signature"), "the editor's own 落款 stands alone");
        assertTrue(page.selectFirst(".body").text().endsWith("2026年11月18日"));
        Document poster = site.page("print/street/policy/signed.html");
        assertNull(poster.selectFirst(".sheet-sign"));
    }

    @Test
    void pagesAreNotDocumentsAndCarryNoSignature() {
        TestSite site = site();
        site.build();
        assertNull(site.page("street/page/about.html").selectFirst(".signature"));
    }

    @Test
    void thePosterIsSignedLikeThePage() {
        TestSite site = site();
        site.build();
        Element sign = site.page("print/street/policy/rules.html").selectFirst(".sheet-sign");
        assertEquals("和平街道办事处 2026年11月18日", sign.text());
    }

    @Test
    void aLastLineThatIsADateInChineseNumeralsCountsAsASignature() {
        assertTrue(Signatures.endsWithOwnSignature("正文。\n\n二〇二六年十一月十八日\n",
                "和平街道办事处"));
        assertTrue(Signatures.endsWithOwnSignature("正文。\n\n**和平街道办事处**  \n",
                "和平街道办事处"));
        assertFalse(Signatures.endsWithOwnSignature("报名截止时间为2026年12月1日",
                "和平街道办事处"), "a sentence ending in a date is not a 落款");
        assertFalse(Signatures.endsWithOwnSignature("本制度由和平街道办事处负责解释。",
                "和平街道办事处"));
    }
}

package org.noticeboard.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * Addresses are not lost: QR codes on paper stay on boards for months, so a renamed item
 * forwards from its old address, a withdrawn one says so, and a page that would vanish
 * without either stops the publish.
 */
class AddressesTest {

    @TempDir
    Path temp;

    private TestSite site() {
        return TestSite.in(temp).today(LocalDate.of(2026, 11, 29))
                .file("street/policy/open-affairs-rules.md", Items.policy("政务公开工作制度"))
                .file("street/policy/fees.md", Items.policy("收费标准"));
    }

    @Test
    void aRenamedItemForwardsFromItsOldAddress() {
        TestSite site = site().file("data/addresses.yaml", """
                moved:
                  street/policy/open-affairs-rules-2024: street/policy/open-affairs-rules
                """);
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        Document old = site.page("street/policy/open-affairs-rules-2024.html");
        assertEquals("0; url=../../street/policy/open-affairs-rules.html",
                old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("../../street/policy/open-affairs-rules.html",
                old.selectFirst("main a[href$=open-affairs-rules.html]").attr("href"));
        assertTrue(old.text().contains("政务公开工作制度"), "names where it went");
    }

    @Test
    void aWithdrawnItemLeavesAPageSayingWhenAndWhy() {
        TestSite site = site().file("data/addresses.yaml", """
                withdrawn:
                  - id: street/notice/parking-plan-2026
                    title: 关于停车方案调整的公示
                    date: 2026-11-20
                    reason: 方案调整，另行公示
                """);
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        Document page = site.page("street/notice/parking-plan-2026.html");
        assertEquals("关于停车方案调整的公示", page.selectFirst("h1").text());
        assertEquals("2026-11-20", page.selectFirst("time").attr("datetime"));
        assertTrue(page.text().contains("方案调整，另行公示"), page.text());
    }

    @Test
    void aPageThatWouldDisappearStopsThePublishUntilTheEditorSaysWhereItWent() throws Exception {
        TestSite site = site();
        assertTrue(site.build().published());
        Files.delete(site.content().resolve("street/policy/fees.md"));
        site.without("street/policy/fees.md");

        BuildResult refused = site.build();

        assertFalse(refused.published());
        assertEquals(List.of("content/street/policy/fees.md: error: the published page "
                + "street/policy/fees.html would disappear, and its address may be on a printed "
                + "poster's QR code"), TestSite.lines(refused));
        assertTrue(Files.exists(site.output().resolve("street/policy/fees.html")),
                "the last good site stays online");

        site.file("data/addresses.yaml", """
                withdrawn:
                  - id: street/policy/fees
                    title: 收费标准
                    date: 2026-11-29
                    reason: 已不再收费
                """);
        BuildResult withdrawn = site.build();
        assertTrue(withdrawn.published(), TestSite.lines(withdrawn).toString());
        assertTrue(site.page("street/policy/fees.html").text().contains("已不再收费"));
    }

    @Test
    void anOldAddressMustLeadToAPublishedItemAndHideNone() {
        TestSite site = site().file("data/addresses.yaml", """
                moved:
                  street/policy/fees: street/policy/open-affairs-rules
                  street/policy/old: street/policy/nowhere
                withdrawn:
                  - id: street/policy/open-affairs-rules
                    title: 政务公开工作制度
                    date: 2026-11-20
                    reason: 重复发布
                """);
        List<String> lines = TestSite.lines(site.check());
        assertEquals(List.of(
                "content/data/addresses.yaml:2:3: error: 'street/policy/fees' is an item of the "
                        + "site, so its address has not moved [moved]",
                "content/data/addresses.yaml:3:3: error: 'street/policy/nowhere' is not a "
                        + "published item, so 'street/policy/old' would lead nowhere [moved]",
                "content/data/addresses.yaml:5:5: error: 'street/policy/open-affairs-rules' is "
                        + "still an item of the site [withdrawn]"), lines);
    }

    @Test
    void badLinesAreReportedAtTheirLine() {
        TestSite site = site().file("data/addresses.yaml", """
                moved:
                  Street/Policy/Old: street/policy/fees
                withdrawn:
                  - id: street/notice/x
                    title: 通知
                    date: 2026-13-01
                    reason: 重复
                """);
        List<String> lines = TestSite.lines(site.check());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("content/data/addresses.yaml:2:"), lines.get(0));
        assertTrue(lines.get(0).contains("'Street/Policy/Old' is not an item id"), lines.get(0));
        assertTrue(lines.get(1).contains("'2026-13-01' is not a date"), lines.get(1));
    }
}

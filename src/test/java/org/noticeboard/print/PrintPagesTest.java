package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** The print pages as HTML: what each sheet says, which items are printed, and where. */
class PrintPagesTest {

    @TempDir
    Path temp;

    private TestSite site() {
        return TestSite.in(temp)
                .file("street/notice/water.md", Items.notice("关于临时停水的通告", "2026-12-01", 7))
                .file("street/notice/old.md", Items.notice("已结束的公示", "2026-11-01", 7))
                .file("street/policy/rules.md", Items.policy("政务公开规定"))
                .file("street/procedure/apply.md", Items.procedure("低保申请"))
                .file("street/page/about.md", "---\ntitle: 关于我们\n---\n正文。\n");
    }

    @Test
    void everyPostableItemHasAPosterAndOtherTypesDoNot() {
        BuildResult result = site().build();
        assertEquals(List.of(), TestSite.lines(result));
        Path out = temp.resolve("site");
        for (String p : List.of("street/notice/water", "street/notice/old",
                "street/policy/rules", "street/procedure/apply")) {
            assertTrue(Files.isRegularFile(out.resolve("print/" + p + ".html")), p);
        }
        assertFalse(Files.exists(out.resolve("print/street/page/about.html")));
        TestSite s = TestSite.in(temp);
        Document item = s.page("street/notice/water.html");
        assertEquals("../../print/street/notice/water.html",
                item.selectFirst(".print-links a").attr("href"));
        assertTrue(s.page("street/page/about.html").select(".print-links").isEmpty());
        Document board = s.page("street/index.html");
        assertEquals(List.of("../print/street/week.html", "../print/street/board.html",
                "../print/street/cards.html"),
                board.select(".print-links a").eachAttr("href"));
    }

    @Test
    void aNoticePosterShowsPeriodIssuerContactsAndItsPaper() {
        site().file("street/notice/big.md", Items.notice("大幅公告", "2026-12-01", 7)
                .replace("published: 2026-11-20", "published: 2026-11-20\npaper: A3")).build();
        Document poster = TestSite.in(temp).page("print/street/notice/water.html");
        assertEquals("测试街道办事处", poster.selectFirst(".sheet-board").text());
        assertEquals("关于临时停水的通告", poster.selectFirst("h1.sheet-title").text());
        assertEquals("公示期：2026年12月1日至12月7日", poster.selectFirst(".sheet-period").text());
        assertEquals("测试街道办事处 2026年11月20日", poster.selectFirst(".sheet-sign").text());
        assertEquals(List.of("受理部门：民政科", "电话：010-65212347", "地址：测试路1号",
                "监督举报电话：010-65212345"), poster.select(".sheet-lines li").eachText());
        assertTrue(poster.select("nav, .masthead").isEmpty(), "no navigation on paper");
        String css = poster.selectFirst("style").data();
        assertTrue(css.contains("size: A4 portrait"), css);
        assertTrue(css.contains("\"测试街道办事处 · 关于临时停水的通告（续）\""), css);
        assertTrue(css.contains("\"第\" counter(page) \"页 共\" counter(pages) \"页\""), css);
        String big = TestSite.in(temp).page("print/street/notice/big.html").selectFirst("style")
                .data();
        assertTrue(big.contains("size: A3 portrait"), big);
    }

    @Test
    void withoutABaseUrlThereIsNoQrCodeButTheSpaceStays() {
        site().build();
        Document poster = TestSite.in(temp).page("print/street/notice/water.html");
        assertNotNull(poster.selectFirst(".sheet-qr"));
        assertTrue(poster.select(".sheet-qr svg, .sheet-url").isEmpty());
    }

    @Test
    void withABaseUrlTheQrCodeLeadsToTheItemsOnlinePage() throws Exception {
        site().baseUrl("https://test.example.gov.cn/").build();
        Document poster = TestSite.in(temp).page("print/street/notice/water.html");
        String url = "https://test.example.gov.cn/street/notice/water.html";
        assertEquals(url, poster.selectFirst(".sheet-url").text());
        assertEquals(url, QrCodeTest.decode(poster.selectFirst(".sheet-qr svg").outerHtml()));
    }

    @Test
    void theFullBoardListsWhatIsPostedNowOnePosterEach() {
        site().build();
        Document week = TestSite.in(temp).page("print/street/board.html");
        assertEquals(List.of("关于临时停水的通告", "低保申请", "政务公开规定"),
                week.select(".cover-list tbody td:eq(1)").eachText());
        assertEquals("2026年12月1日至12月7日", week.select(".cover-list tbody td:eq(3)").first()
                .text());
        assertEquals("2026年11月1日起长期公开", week.select(".cover-list tbody td:eq(3)").last()
                .text());
        assertEquals(List.of("关于临时停水的通告", "低保申请", "政务公开规定"),
                week.select("article.sheet h1").eachText());
        assertEquals(List.of("page-p0", "page-p1", "page-p2"), week.select("article.sheet")
                .stream().map(a -> a.classNames().stream().filter(c -> c.startsWith("page-"))
                        .findFirst().orElse("")).toList());
        assertTrue(TestSite.in(temp).page("print/east/board.html").text()
                .contains("本公开栏目前没有需要张贴的信息。"));
    }

    @Test
    void cardsComeFourToASheet() {
        TestSite s = site();
        for (int n = 1; n <= 4; n++) {
            s.file("street/procedure/extra-" + n + ".md", Items.procedure("事项" + n));
        }
        s.build();
        Document cards = TestSite.in(temp).page("print/street/cards.html");
        assertEquals(2, cards.select(".card-sheet").size());
        assertEquals(List.of(4, 1), cards.select(".card-sheet").stream()
                .map(sheet -> sheet.select("section.consult").size()).toList());
        var card = cards.selectFirst("section.consult[data-item=street/procedure/apply]");
        assertEquals("font-size: 10.0pt", card.attr("style"));
        assertEquals(List.of("受理范围：个人", "办理地点：测试路1号便民服务大厅",
                "办理时间：周一至周五 8:30-17:00（法定节假日除外）",
                "法定时限：20个工作日；承诺时限：5个工作日", "收费标准：不收费"),
                card.select("p.cs").eachText());
        assertEquals(List.of("本街道户籍居民", "居民身份证（原件1份）", "提交申请", "审核", "办结"),
                card.select(".cs li").eachText());
    }

    @Test
    void aCardSaysWhoMayApplyAndOnWhatConditionsShortenedWithTheRestBehindTheCode()
            throws Exception {
        String procedure = Items.procedure("最低生活保障申请").replace(
                "conditions: [本街道户籍居民]", """
                        conditions:
                          - 申请人具有本市户籍，且户籍在本街道辖区内
                          - 共同生活的家庭成员月人均收入低于本市城乡居民最低生活保障标准（2026年为每人每月1450元）
                          - 家庭财产状况符合本市最低生活保障家庭财产认定规定，且无机动车、无非居住类房产
                          - 共同生活的家庭成员均同意并授权核对家庭经济状况
                          - 未拒绝就业
                        """);
        site().baseUrl("https://test.example.gov.cn/")
                .file("street/procedure/apply.md", procedure).build();
        var card = TestSite.in(temp).page("print/street/cards.html")
                .selectFirst("section.consult[data-item=street/procedure/apply]");
        assertEquals("受理范围：个人", card.selectFirst("p.cs").text());
        var conditions = card.selectFirst(".cs:has(h3:contains(申请条件))");
        assertEquals(List.of("申请人具有本市户籍，且户籍在本街道辖区内",
                "共同生活的家庭成员月人均收入低于本市城乡居民最低生活保障标准",
                "家庭财产状况符合本市最低生活保障家庭财产认定规定，且无机动…",
                "另有2项条件，扫码查看办事指南全文"), conditions.select("li").eachText());
        assertEquals("https://test.example.gov.cn/street/procedure/apply.html",
                QrCodeTest.decode(card.selectFirst(".consult-qr svg").outerHtml()));
    }

    @Test
    void aCardTooLongEvenAtSevenPointsWarnsAndSaysSoOnItsFace() {
        String steps = String.join("\n", Collections.nCopies(40,
                "  - 申请人向社区服务站提交全部申请材料，由工作人员当场核对原件并留存复印件"));
        String text = Items.procedure("很长的办事指南")
                .replace("steps: [提交申请, 审核, 办结]", "steps:\n" + steps);
        BuildResult result = site().file("street/procedure/long.md", text).build();
        List<String> lines = TestSite.lines(result);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("content/street/procedure/long.md: warning: the "
                + "consultation card does not fit on A6 even at 7 pt (about "), lines.get(0));
        var card = TestSite.in(temp).page("print/street/cards.html")
                .selectFirst("section.consult[data-item=street/procedure/long]");
        assertTrue(card.hasClass("consult-overflow"));
        assertEquals("font-size: 7.0pt", card.attr("style"));
        assertEquals("内容较多未能全部印出，请扫码或到窗口查看全文。", card.selectFirst(".consult-more").text());
    }

    @Test
    void titlesCannotBreakOutOfTheStyleElement() {
        assertEquals("\"a\\22 \\3c /style\\3e \\5c \"", PageRules.quote("a\"</style>\\"));
    }
}

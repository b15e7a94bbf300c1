package org.noticeboard.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.ExampleBuild;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/**
 * The catalogue in the columns of the 基层政务公开标准目录: each row shows its matter, elements,
 * basis, time limit, subject, channels, audience, mode and level, and links to every item that
 * fulfils it.
 */
class StandardCatalogueTest {

    static final String CATALOGUE = """
            catalogue:
              - title: 最低生活保障政策文件
                type: policy
                boards: [street]
                topic: 社会救助
                matter: 社会救助
                sub_matter: 最低生活保障
                elements: [政策文件, 保障标准]
                basis: 《社会救助暂行办法》《政府信息公开条例》
                time_limit_days: 10
                channels: [政府网站, 公开查阅点, 社区公示栏]
                audience: 全社会
                mode: 主动
                levels: [街道]
              - title: 监督电话
                type: hotline
                boards: [street]
            """;

    @TempDir
    Path temp;

    private TestSite site() {
        return TestSite.in(temp).file("site.yaml", TestSite.SITE_YAML + CATALOGUE)
                .file("street/policy/dibao-standard.md", Items.policy("关于调整最低生活保障标准的通知")
                        .replace("published:", "topic: 社会救助\npublished:"))
                .file("street/policy/dibao-rules.md", Items.policy("最低生活保障审核确认办法")
                        .replace("published: 2026-11-01", "topic: 社会救助\npublished: 2026-11-05"))
                .file("street/policy/parking.md", Items.policy("停车管理办法")
                        .replace("published:", "topic: 城市管理\npublished:"));
    }

    @Test
    void rowShowsTheStandardColumnsAndLinksEveryItemThatFulfilsIt() {
        TestSite site = site();
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result));
        Document page = site.page("street/catalogue.html");
        assertEquals(List.of("公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
                "公开渠道和载体", "公开对象", "公开方式", "公开层级", "公开情况", "现行公开内容"),
                page.select("table.catalogue thead th").eachText());
        Element row = page.selectFirst("table.catalogue tbody tr:contains(最低生活保障政策文件)");
        assertEquals("社会救助 › 最低生活保障 最低生活保障政策文件", row.selectFirst("th").text());
        assertEquals(List.of("政策文件、保障标准", "《社会救助暂行办法》《政府信息公开条例》",
                "信息形成或变更之日起10个工作日内", "测试街道办事处", "政府网站、公开查阅点、社区公示栏",
                "全社会", "主动", "街道"),
                row.select("td").eachText().subList(0, 8));
        // the newest first; the 城市管理 policy is not a 社会救助 item
        assertEquals(List.of("../street/policy/dibao-rules.html",
                "../street/policy/dibao-standard.html"),
                row.select("td ul.fulfilled a").eachAttr("href"));
    }

    @Test
    void everyCellIsLabelledWithItsColumnSoAPhoneShowsItAsACard() {
        TestSite site = site();
        assertTrue(site.build().published());
        Document page = site.page("street/catalogue.html");
        List<String> headers = page.select("table.catalogue thead th").eachText();
        for (Element tr : page.select("table.catalogue tbody tr")) {
            assertEquals(headers.subList(1, headers.size()), tr.select("td").eachAttr("data-label"));
        }
        String css = readCss();
        assertTrue(css.contains("td[data-label]::before"), "cards label each cell");
    }

    private static String readCss() {
        try {
            return java.nio.file.Files.readString(Projects.theme().resolve("static/style.css"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hotlineRowHasNoTimeLimitAndTheBoardAsSubject() {
        TestSite site = site();
        assertTrue(site.build().published());
        Element row = site.page("street/catalogue.html")
                .selectFirst("table.catalogue tbody tr:contains(监督电话)");
        assertEquals("", row.select("td").get(2).text());
        assertEquals("测试街道办事处", row.select("td").get(3).text());
        assertEquals("010-65212345", row.select("td").last().text());
    }

    @Test
    void exampleStreetOfficeCarriesRealSocialAssistanceRows() {
        Path out = temp.resolve("example");
        assertTrue(ExampleBuild.into(out).published());
        Document page = parse(out.resolve("street/catalogue.html"));
        Element guides = page.selectFirst("tbody tr:contains(社会救助办事指南)");
        assertEquals("社会救助 › 最低生活保障、临时救助 社会救助办事指南（最低生活保障、临时救助）",
                guides.selectFirst("th").text());
        assertEquals("信息形成或变更之日起10个工作日内", guides.select("td").get(2).text());
        // newest first: the 低保 guide was updated on 1 July
        assertEquals(List.of("最低生活保障申请", "临时救助申请"),
                guides.select("ul.fulfilled a").eachText());
        Element policy = page.selectFirst("tbody tr:contains(最低生活保障政策文件)");
        assertEquals(List.of("和平街道最低生活保障审核确认工作规程"),
                policy.select("ul.fulfilled a").eachText());
    }

    private static Document parse(Path file) {
        try {
            return org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void audienceOutsideTheStandardIsAnErrorNamingTheLine() {
        BuildResult result = TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML + CATALOGUE.replace("全社会", "居民"))
                .check();
        assertEquals(List.of("content/site.yaml:28:15: error: '居民' is not allowed for "
                + "'audience' [catalogue.0.audience]"), TestSite.lines(result));
    }
}

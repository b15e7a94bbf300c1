package org.noticeboard.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

class AttachmentsTest {

    static final String LIST = "files/street/notice/fu-jian-1-shen-he-ming-dan.xlsx";
    static final String PDF = "files/street/notice/fanwei.pdf";
    static final String PHOTO = "files/street/notice/zhao-pian/gong-shi-xian-chang.jpg";
    static final List<String> COPIES = List.of("", "en/", "large/", "en/large/");

    @TempDir
    Path temp;

    private TestSite noticeWithFiles(String siteExtra) {
        String notice = Items.notice("关于低保审核结果的公示", "2026-11-25", 7) + """

                请查阅[审核名单](附件1：审核名单.xlsx)和[评议范围](fanwei.pdf)。

                ![公示现场照片](照片/公示现场.jpg)
                """;
        return TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML + "languages: [zh-CN, en]\n"
                        + "large_text: true\nbase_url: https://heping.example.gov.cn/\n"
                        + siteExtra)
                .file("street/notice/dibao.md", notice)
                .bytes("street/notice/附件1：审核名单.xlsx", Fixtures.xlsx())
                .bytes("street/notice/fanwei.pdf", Fixtures.pdf())
                .bytes("street/notice/照片/公示现场.jpg", Fixtures.jpeg(64, 48));
    }

    @Test
    void pdfXlsxAndPhotoBesideANoticeArePublishedOnceAndLinkedFromEveryCopy() throws IOException {
        TestSite site = noticeWithFiles("");
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result));
        assertTrue(result.published());
        assertArrayEquals(Fixtures.xlsx(), Files.readAllBytes(site.output().resolve(LIST)));
        assertArrayEquals(Fixtures.pdf(), Files.readAllBytes(site.output().resolve(PDF)));
        assertArrayEquals(Fixtures.jpeg(64, 48),
                Files.readAllBytes(site.output().resolve(PHOTO)));
        for (String copy : List.of("en/", "large/", "en/large/")) {
            assertFalse(Files.exists(site.output().resolve(copy + "files")), copy + " has no copy");
        }
        for (String copy : COPIES) {
            String path = copy + "street/notice/dibao.html";
            Document page = site.page(path);
            Element list = page.selectFirst(".body a[download]");
            assertEquals(LIST, target(site, list.absUrl("href")), path);
            assertEquals("附件1：审核名单.xlsx", list.attr("download"));
            assertEquals("审核名单", list.text());
            Element photo = page.selectFirst(".body img");
            assertEquals(PHOTO, target(site, photo.absUrl("src")), path);
            assertEquals("公示现场照片", photo.attr("alt"));
            assertEquals("64", photo.attr("width"));
            assertEquals("48", photo.attr("height"));
            List<Element> listed = page.select("section.attachments li");
            assertEquals(2, listed.size(), path);
            for (Element li : listed) {
                assertTrue(Files.isRegularFile(site.output().resolve(
                        target(site, li.selectFirst("a").absUrl("href")))), li.outerHtml());
            }
        }
        assertEquals("审核名单（XLSX，1 KB）", site.page("street/notice/dibao.html")
                .select("section.attachments li").get(0).text());
        assertEquals("附件", site.page("street/notice/dibao.html")
                .selectFirst("section.attachments h2").text());
        assertEquals("审核名单 (XLSX, 1 KB)", site.page("en/street/notice/dibao.html")
                .select("section.attachments li").get(0).text());
    }

    @Test
    void thePosterListsTheAttachmentsWithTheirOnlineAddressAndShowsThePhoto() {
        TestSite site = noticeWithFiles("");
        assertTrue(site.build().published());
        for (String copy : COPIES) {
            Document poster = site.page(copy + "print/street/notice/dibao.html");
            List<String> listed = poster.select(".sheet-attachments li").eachText();
            assertEquals(List.of("审核名单" + (copy.startsWith("en") ? " (XLSX, 1 KB) " : "（XLSX，1 KB） ")
                            + "https://heping.example.gov.cn/" + LIST,
                    "评议范围" + (copy.startsWith("en") ? " (PDF, 1 KB) " : "（PDF，1 KB） ")
                            + "https://heping.example.gov.cn/" + PDF), listed, copy);
            assertEquals(PHOTO, target(site, poster.selectFirst(".body img").absUrl("src")));
            assertEquals(LIST, target(site, poster.selectFirst(".body a[download]")
                    .absUrl("href")));
        }
    }

    @Test
    void theOpenDataRecordListsTheAttachments() throws IOException {
        TestSite site = noticeWithFiles("");
        assertTrue(site.build().published());
        JsonNode items = new ObjectMapper().readTree(site.output().resolve("items.json").toFile());
        JsonNode record = null;
        for (JsonNode item : items.has("items") ? items.get("items") : items) {
            if (item.get("id").asText().equals("street/notice/dibao")) {
                record = item;
            }
        }
        JsonNode files = record.get("attachments");
        assertEquals(3, files.size());
        assertEquals("审核名单", files.get(0).get("title").asText());
        assertEquals("附件1：审核名单.xlsx", files.get(0).get("name").asText());
        assertEquals("XLSX", files.get(0).get("type").asText());
        assertEquals(Fixtures.xlsx().length, files.get(0).get("bytes").asLong());
        assertEquals("https://heping.example.gov.cn/" + LIST, files.get(0).get("url").asText());
    }

    @Test
    void imagesSurviveRawHtmlSanitizeButRawHtmlImagesDoNot() {
        TestSite site = noticeWithFiles("raw_html: sanitize\n");
        site.file("street/notice/dibao.md", Items.notice("关于低保审核结果的公示", "2026-11-25", 7)
                + """

                [审核名单](附件1：审核名单.xlsx) [评议范围](fanwei.pdf)

                ![公示现场照片](照片/公示现场.jpg)

                <img src="https://tracker.example/pixel.gif" alt="x">
                """);
        assertEquals(List.of(), TestSite.lines(site.build()));
        for (String copy : COPIES) {
            Document page = site.page(copy + "street/notice/dibao.html");
            List<Element> images = page.select(".body img");
            assertEquals(1, images.size(), copy);
            assertEquals(PHOTO, target(site, images.get(0).absUrl("src")));
            assertEquals("64", images.get(0).attr("width"));
            assertEquals("附件1：审核名单.xlsx", page.selectFirst(".body a[download]")
                    .attr("download"));
        }
    }

    @Test
    void aFileNoItemLinksToIsNotPublishedAndCheckWarns() {
        TestSite site = noticeWithFiles("").bytes("street/notice/旧名单.xlsx", Fixtures.xlsx());
        BuildResult result = site.build();
        assertTrue(result.published());
        assertEquals(List.of("content/street/notice/旧名单.xlsx: warning: 'street/notice/旧名单.xlsx'"
                + " is not linked from any item, so it is not published"), TestSite.lines(result));
        assertFalse(Files.exists(site.output().resolve("files/street/notice/jiu-ming-dan.xlsx")));
    }

    @Test
    void theSameFileCitedByTwoItemsIsPublishedOnceUnderOneAddress() throws IOException {
        TestSite site = noticeWithFiles("").file("street/notice/dibao-result.md",
                Items.notice("关于低保审核结果的说明", "2026-11-25", 7)
                        + "\n见[名单](附件1：审核名单.xlsx)。\n");
        assertEquals(List.of(), TestSite.lines(site.build()));
        assertEquals(LIST, target(site, site.page("street/notice/dibao-result.html")
                .selectFirst(".body a[download]").absUrl("href")));
        try (var files = Files.walk(site.output())) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".xlsx"))
                    .count());
        }
    }

    /** A link on a built page, as a path from the site's root. */
    private static String target(TestSite site, String absoluteUrl) {
        Path p = Path.of(URI.create(absoluteUrl)).normalize();
        return site.output().toAbsolutePath().normalize().relativize(p).toString()
                .replace('\\', '/');
    }
}

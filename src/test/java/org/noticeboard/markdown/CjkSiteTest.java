package org.noticeboard.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.TestSite;

/** The issue's Chinese notice through a whole build, as a resident sees it on the item page. */
class CjkSiteTest {

    @TempDir
    Path dir;

    @Test
    void theIssuesExamplesRenderRightOnTheItemPage() {
        TestSite site = TestSite.in(dir).file("site.yaml", TestSite.SITE_YAML + """
                public_contacts: [gkb@heping.example.gov.cn, ts@example.gov.cn]
                """).file("street/page/report.md", """
                ---
                title: 年度报告
                summary: 本街道政府信息公开工作年度报告。
                ---

                对本报告如有疑问，请联系（电话：010-65212345，电子邮箱：gkb@heping.example.gov.cn）。

                报告电子版可以从门户网站（https://www.example.gov.cn/）下载。如有疑问请来电。

                接待工作由人大工委组织，**每单月15日上午（遇节假日顺延）**为接待时间。
                请携带本人身份证
                原件到社区服务站办理。

                投诉邮箱：ts@example.gov.cn　　受理时间：工作日　网址：www.example.gov.cn　查询
                """);
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result));
        Element body = site.page("street/page/report.html").selectFirst("article .body");
        assertEquals(List.of("mailto:gkb@heping.example.gov.cn", "https://www.example.gov.cn/",
                        "mailto:ts@example.gov.cn", "http://www.example.gov.cn"),
                body.select("a").eachAttr("href"));
        assertEquals(List.of("每单月15日上午（遇节假日顺延）"), body.select("strong").eachText());
        assertEquals("接待工作由人大工委组织，每单月15日上午（遇节假日顺延）为接待时间。"
                + "请携带本人身份证原件到社区服务站办理。", body.select("p").get(2).text());
    }
}

package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.TestSite;

/** The logo and registration numbers every government site shows, from site.yaml params. */
class SiteParamsTest {

    static final String PARAMS = """
            params:
              logo: assets/logo.png
              site_code: "1101010001"
              icp: 京ICP备12345678号-1
              public_security: 京公网安备 11010102000001号
            """;

    @TempDir
    Path temp;

    @Test
    void theFooterOfEveryPageShowsTheRegistrationNumbersAndTheMastheadTheLogo()
            throws IOException {
        Path theme = Files.createDirectories(temp.resolve("own-theme/static"));
        Files.write(theme.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        TestSite site = TestSite.in(temp.resolve("s")).theme(theme.getParent())
                .file("site.yaml", TestSite.SITE_YAML + PARAMS + "languages: [zh-CN, en]\n");
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());

        Document home = site.page("index.html");
        assertEquals("网站标识码：1101010001 京ICP备12345678号-1 京公网安备 11010102000001号",
                home.selectFirst("footer .registration").text());
        assertEquals("https://beian.miit.gov.cn/",
                home.selectFirst(".registration a:contains(ICP)").attr("href"));
        assertEquals("https://beian.mps.gov.cn/#/query/webSearch?code=11010102000001",
                home.selectFirst(".registration a:contains(公网安备)").attr("href"));
        assertEquals("./assets/logo.png", home.selectFirst(".site-title img.logo").attr("src"));
        assertEquals("../assets/logo.png",
                site.page("street/index.html").selectFirst(".site-title img.logo").attr("src"));
        assertTrue(site.page("en/index.html").selectFirst("footer .registration").text()
                .startsWith("Website ID：1101010001"));
    }

    @Test
    void aSiteWithoutParamsShowsNoEmptyRegistrationLine() throws IOException {
        TestSite site = TestSite.in(temp);
        assertTrue(site.build().published());
        Document home = site.page("index.html");
        assertTrue(home.select(".registration").isEmpty());
        assertTrue(home.select("img.logo").isEmpty());
    }

    @Test
    void aLogoThatIsNotInTheThemeIsABrokenLinkAndNothingIsPublished() {
        TestSite site = TestSite.in(temp).file("site.yaml", TestSite.SITE_YAML + PARAMS);
        BuildResult result = site.build();
        assertFalse(result.published());
        assertTrue(TestSite.lines(result).stream().anyMatch(l -> l.contains("assets/logo.png")),
                TestSite.lines(result).toString());
    }
}

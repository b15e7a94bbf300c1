package org.noticeboard.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese Markdown as editors write it in notices, service guides and reports: emphasis beside
 * full-width punctuation, addresses that end where the Chinese text resumes, line breaks inside
 * Chinese text. Each row is a sentence and what a resident sees (several values joined by ␟).
 */
class CjkMarkdownTest {

    private final MarkdownEngine markdown = new MarkdownEngine();

    private Element body(String source) {
        String html = markdown.render(markdown.parse(source.replace("⏎", "\n")), id -> id, true);
        return Jsoup.parseBodyFragment(html).body();
    }

    private static List<String> texts(Element body, String selector) {
        return body.select(selector).eachText();
    }

    private static List<String> expected(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("␟"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            接待工作由人大工委组织，**每单月15日上午（遇节假日顺延）**为接待时间。 | 每单月15日上午（遇节假日顺延）
            请于**2026年12月31日前**提交材料。 | 2026年12月31日前
            申请人须携带**《居民身份证》原件**到窗口办理。 | 《居民身份证》原件
            本次停水时间为**12月3日（周四）8:00至18:00**，请居民提前储水。 | 12月3日（周四）8:00至18:00
            办理地点：**社区服务站一楼大厅**。 | 社区服务站一楼大厅
            咨询电话**（010-65212345）**，工作日可拨打。 | （010-65212345）
            **注意：**逾期不予受理。 | 注意：
            公示期为**五个工作日（含本日）**。 | 五个工作日（含本日）
            材料不全的，窗口将**一次性告知**需补正的全部内容。 | 一次性告知
            根据《中华人民共和国政府信息公开条例》**第十九条**规定，予以主动公开。 | 第十九条
            本通知自**“发布之日”**起施行。 | “发布之日”
            领取补贴需满足**“三个条件”**，缺一不可。 | “三个条件”
            居民可通过**12345热线**反映问题。 | 12345热线
            请注意：**本周六（12月5日）起**，东门临时封闭。 | 本周六（12月5日）起
            截止时间为**下午5:00**。 | 下午5:00
            报名时间：**即日起至12月10日**；报名方式：**电话报名**。 | 即日起至12月10日␟电话报名
            **特别提示**：疫苗接种需预约。 | 特别提示
            如有疑问，请**致电**或**来访**。 | 致电␟来访
            开放时间为工作日**9:00—17:00**。 | 9:00—17:00
            东社区**【重要】**停电通知 | 【重要】
            本周**停水**、**停电**各一次。 | 停水␟停电
            __重要通知__：明日停水。 | 重要通知
            经审核，**符合条件的（共12户）**予以公示。 | 符合条件的（共12户）
            **このアスタリスクは強調記号として認識されず、そのまま表示されます。**この文のせいで。 | このアスタリスクは強調記号として認識されず、そのまま表示されます。
            패키지를 발행하려면 **`npm publish`**를 실행하십시오. | npm publish
            """)
    void strongEmphasisOpensAndClosesBesideChinesePunctuation(String source, String strong) {
        Element body = body(source);
        assertEquals(expected(strong), texts(body, "strong"), body.html());
        assertEquals(List.of(), body.select("p").eachText().stream()
                .filter(t -> t.contains("**") || t.contains("__")).toList(), body.html());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            请*务必*按时到场。 | em | 务必
            本次活动*（限本社区居民）*报名。 | em | （限本社区居民）
            请携带，_身份证（原件）_。 | em | 身份证（原件）
            ***紧急通知：***请立即撤离。 | em strong | 紧急通知：
            报名人数已满，~~报名通道仍开放~~。 | del | 报名通道仍开放
            原定于~~12月5日（周六）~~举行的活动延期。 | del | 12月5日（周六）
            """)
    void emphasisUnderscoreAndStrikethroughFollowTheSameRule(String source, String selector,
            String text) {
        assertEquals(List.of(text), texts(body(source), selector));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            请携带_身份证_原件 | em | 请携带_身份证_原件
            文件名 snake_case_name 不变 | em | 文件名 snake_case_name 不变
            价格为5*2元 | em | 价格为5*2元
            乘号 * 两边有空格 * 不强调 | em | 乘号 * 两边有空格 * 不强调
            使用 `**粗体**` 语法 | strong | 使用 **粗体** 语法
            转义\\*\\*不加粗\\*\\*。 | strong | 转义**不加粗**。
            """)
    void whatCommonMarkLeavesAsTextStaysText(String source, String selector, String text) {
        Element body = body(source);
        assertEquals(List.of(), texts(body, selector), body.html());
        assertEquals(text, body.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            对本报告如有疑问，请联系（电话：010-65212345，电子邮箱：gkb@heping.example.gov.cn）。 | mailto:gkb@heping.example.gov.cn
            报告电子版可以从门户网站（https://www.example.gov.cn/）下载。如有疑问请来电。 | https://www.example.gov.cn/
            详见www.example.gov.cn。 | http://www.example.gov.cn
            网址：https://zwfw.example.gov.cn/guide?id=12，欢迎访问。 | https://zwfw.example.gov.cn/guide?id=12
            邮箱:tousu@example.cn；电话：12345。 | mailto:tousu@example.cn
            请登录https://www.example.gov.cn　办理相关业务。 | https://www.example.gov.cn
            【网上办理】https://www.example.gov.cn/bs/【窗口办理】社区服务站 | https://www.example.gov.cn/bs/
            《办事指南》见 https://www.example.gov.cn/znzx/202611/t20261120_123.html 。 | https://www.example.gov.cn/znzx/202611/t20261120_123.html
            地址：https://example.gov.cn/通知公告 | https://example.gov.cn/
            报名邮箱：“bm@example.cn”。 | mailto:bm@example.cn
            电子版下载：https://www.example.gov.cn/file.pdf……（仅限内网） | https://www.example.gov.cn/file.pdf
            反馈：zhang.san@example.gov.cn、li.si@example.gov.cn。 | mailto:zhang.san@example.gov.cn␟mailto:li.si@example.gov.cn
            访问http://www.example.gov.cn:8080/path（端口8080）查询 | http://www.example.gov.cn:8080/path
            已写成链接的[门户网站](https://www.example.gov.cn/)不重复处理。 | https://www.example.gov.cn/
            See https://example.org/a_b. Thanks | https://example.org/a_b
            来信请寄：《人民信访》编辑部，或发送至xf@example.gov.cn！ | mailto:xf@example.gov.cn
            """)
    void bareAddressesEndAtTheFirstChineseCharacter(String source, String hrefs) {
        Element body = body(source);
        assertEquals(expected(hrefs), body.select("a").eachAttr("href"), body.html());
        for (Element a : body.select("a")) {
            // the link shows what it leads to, no more (written links show their own text)
            assertTrue(a.text().equals("门户网站") || a.attr("href").endsWith(a.text()), a.text());
        }
    }

    @Test
    void anAddressWithChineseInItIsLinkedWholeOnlyInAngleBrackets() {
        Element body = body("地址：<https://example.gov.cn/通知公告>，请查阅。");
        assertEquals(List.of("https://example.gov.cn/通知公告"), texts(body, "a"));
        assertEquals("https://example.gov.cn/通知公告",
                URLDecoder.decode(body.selectFirst("a").attr("href"), StandardCharsets.UTF_8));
        assertEquals(List.of("https://example.gov.cn/"),
                texts(body("地址：https://example.gov.cn/通知公告，请查阅。"), "a"));
    }

    @Test
    void anIdeographicSpaceEndsAnAddressAndIsNeverPartOfALink() {
        Element body = body("投诉邮箱：ts@example.gov.cn　　受理时间：工作日　网址：www.example.gov.cn　");
        assertEquals(List.of("mailto:ts@example.gov.cn", "http://www.example.gov.cn"),
                body.select("a").eachAttr("href"));
    }

    @Test
    void aLinkKeepsItsPlaceInTheSourceForDiagnostics() {
        var found = new BodyInspector().inspect(markdown.parse(
                "第一行\n请联系（电子邮箱：gkb@heping.example.gov.cn）。"));
        assertEquals(List.of(new BodyInspector.Found("link", "mailto:gkb@heping.example.gov.cn",
                2, 10, "gkb@heping.example.gov.cn")), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            请携带本人身份证⏎原件到社区服务站办理。 | 请携带本人身份证原件到社区服务站办理。
            办理时间：周一至周五，⏎上午9:00至11:30。 | 办理时间：周一至周五，上午9:00至11:30。
            咨询电话：⏎010-65212345 | 咨询电话： 010-65212345
            本次会议通过了⏎GDP统计口径的调整 | 本次会议通过了 GDP统计口径的调整
            请登录网站⏎https://www.example.gov.cn/⏎查询。 | 请登录网站 https://www.example.gov.cn/ 查询。
            第一行（说明）⏎第二行 | 第一行（说明）第二行
            他说：“按时缴费”⏎然后离开。 | 他说：“按时缴费”然后离开。
            Line one⏎line two | Line one line two
            강조⏎문장 | 강조 문장
            接待日为**每单月15日**⏎上午 | 接待日为每单月15日上午
            请携带`身份证`⏎原件 | 请携带身份证原件
            一、申请条件⏎二、申请材料⏎三、办理流程 | 一、申请条件二、申请材料三、办理流程
            ひらがな⏎カタカナ | ひらがなカタカナ
            截止日期2026年12月31日⏎24:00 | 截止日期2026年12月31日 24:00
            详见[办事指南](item:street/guide/a)⏎第三条。 | 详见办事指南第三条。
            """)
    void aLineBreakBetweenChineseCharactersIsNoSpace(String source, String text) {
        Element body = body(source);
        assertEquals(text, body.text(), body.html());
    }

    @Test
    void aHardLineBreakStaysABreak() {
        Element body = body("第一行  \n第二行\\\n第三行");
        assertEquals(2, body.select("br").size());
    }

    @Test
    void theIssuesNoticeRendersAsWritten() {
        Element body = body("""
                对本报告如有疑问，请联系（电话：010-65212345，电子邮箱：gkb@heping.example.gov.cn）。

                报告电子版可以从门户网站（https://www.example.gov.cn/）下载。如有疑问请来电。

                接待工作由人大工委组织，**每单月15日上午（遇节假日顺延）**为接待时间。
                请携带本人身份证
                原件到社区服务站办理。
                """);
        assertEquals(List.of("mailto:gkb@heping.example.gov.cn", "https://www.example.gov.cn/"),
                body.select("a").eachAttr("href"));
        assertEquals(List.of("每单月15日上午（遇节假日顺延）"), texts(body, "strong"));
        assertEquals("接待工作由人大工委组织，每单月15日上午（遇节假日顺延）为接待时间。"
                + "请携带本人身份证原件到社区服务站办理。", body.select("p").get(2).text());
    }
}

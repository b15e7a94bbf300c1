package org.noticeboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/** {@code check} speaks the editor's language: --lang, else site.yaml's, else the system's. */
class ChineseMessagesTest {

    @TempDir
    Path temp;

    /** A Chinese site with three everyday mistakes: a 全角 colon, a typo, an empty fee. */
    private TestSite site(String siteLanguage) {
        return TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML + siteLanguage)
                .file("street/notice/water.md", Items.notice("停水通知", "2026-11-20", 7)
                        .replace("title: 停水通知", "title：停水通知"))
                .file("street/policy/rules.md", Items.policy("公开规定")
                        .replace("title: 公开规定", "titel: 公开规定\ntitle: 公开规定"))
                .file("street/procedure/dibao.md", Items.procedure("低保")
                        .replace("fee: 不收费", "fee: 不详"));
    }

    private Console check(TestSite site, String... extra) throws Exception {
        site.writeFiles();
        List<String> args = new ArrayList<>(List.of("check", "--now", "2026-11-29",
                "--source", site.content().toString(), "--theme", Projects.theme().toString()));
        args.addAll(List.of(extra));
        return Console.run(args.toArray(String[]::new));
    }

    @Test
    void aSiteWrittenInChineseIsCheckedInChinese() throws Exception {
        Console c = check(site("language: zh-CN\n"));
        assertEquals(1, c.exit());
        assertEquals("""
                content/street/notice/water.md:2:6: 错误: 'title' 后面是全角冒号 '：'
                    title：停水通知
                         ^
                  提示: 请用半角冒号加一个空格：'title: …'（输入法切换到英文标点后再输入）
                content/street/policy/rules.md:2:1: 错误: 未知字段 'titel' [titel]
                    titel: 公开规定
                    ^
                  提示: 是否想写 'title'？
                content/street/procedure/dibao.md:11:6: 错误: 收费标准 '不详' 没有说明是否收费 [fee]
                    fee: 不详
                         ^
                  提示: '不详' 表示收费情况不明；不收费时写 'fee: 不收费'（或 免费、无、0元），\
                收费时写明金额及收费依据（收费标准）
                3 个错误，0 个警告，涉及 3 个文件
                """, c.err());
    }

    @Test
    void langEnSpeaksEnglishOnAChineseSite() throws Exception {
        Console c = check(site("language: zh-CN\n"), "--lang", "en");
        assertEquals(1, c.exit());
        List<String> lines = c.err().lines().toList();
        assertTrue(lines.contains("content/street/notice/water.md:2:6: error: full-width colon "
                + "'：' after 'title'"), c.err());
        assertTrue(lines.contains("  hint: type the colon half-width, followed by a space: "
                + "'title: …'"), c.err());
        assertTrue(lines.contains("content/street/policy/rules.md:2:1: error: unknown field "
                + "'titel' [titel]"), c.err());
        assertEquals("3 errors, 0 warnings in 3 files", lines.get(lines.size() - 1));
    }

    @Test
    void withoutLanguageInSiteYamlTheSystemLocaleDecides() throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertTrue(check(site("")).err().endsWith("3 个错误，0 个警告，涉及 3 个文件\n"));
            Locale.setDefault(Locale.US);
            assertTrue(check(site("")).err().endsWith("3 errors, 0 warnings in 3 files\n"));
            assertTrue(check(site("language: en\n"), "--lang", "zh").err()
                    .endsWith("3 个错误，0 个警告，涉及 3 个文件\n"), "--lang wins over site.yaml");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void jsonCarriesTheRuleIdAndSpeaksTheChosenLanguage() throws Exception {
        Console c = check(site("language: zh-CN\n"), "--format", "json");
        assertEquals(1, c.exit());
        assertTrue(c.out().contains("{\"file\":\"content/street/notice/water.md\",\"line\":2,"
                + "\"column\":6,\"severity\":\"error\",\"rule\":\"full-width-colon\",\"field\":\"\","
                + "\"message\":\"'title' 后面是全角冒号 '：'\""), c.out());
        assertTrue(c.out().contains("\"rule\":\"unknown-field\""), c.out());
        assertTrue(c.out().contains("\"rule\":\"fee-not-stated\""), c.out());
    }

    @Test
    void aUsageErrorBeforeSiteYamlIsReadUsesLangOrTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Console c = Console.run("check", "--format", "xml", "--source",
                    temp.resolve("none").toString());
            assertEquals(2, c.exit());
            assertEquals("noticeboard: 错误: --format 只能是 text 或 json，不能是 'xml'\n", c.err());
            c = Console.run("check", "--format", "xml", "--lang", "en");
            assertEquals("noticeboard: error: --format must be text or json, not 'xml'\n",
                    c.err());
        } finally {
            Locale.setDefault(before);
        }
    }
}

package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.TestSite;

/**
 * A site changes the built-in theme one file at a time: the file it puts at the same relative
 * path in its theme folder replaces the built-in one, and everything else stays built in.
 */
class ThemeOverrideTest {

    @TempDir
    Path temp;

    private TestSite site(String name, Path theme) {
        return TestSite.in(temp.resolve(name)).theme(theme)
                .file("street/policy/a.md", Items.policy("测试规定"))
                .file("street/notice/b.md", Items.notice("低保公示", "2026-11-20", 7));
    }

    private Path theme(String... pathsAndTexts) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("own-theme-" + pathsAndTexts[0]
                .replace('/', '-')));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = folder.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        return folder;
    }

    private static BuildResult built(TestSite site) {
        BuildResult result = site.build();
        assertTrue(result.published(), TestSite.lines(result).toString());
        return result;
    }

    @Test
    void aSiteWithoutAThemeFolderBuildsWithTheBuiltInThemeAsTheRepositoryThemeDoes()
            throws IOException {
        TestSite builtIn = site("built-in", temp.resolve("no-such-theme"));
        TestSite repository = site("repository", Projects.theme());
        built(builtIn);
        built(repository);
        assertEquals(List.of(), differences(builtIn.output(), repository.output()));
        assertTrue(Files.exists(builtIn.output().resolve("assets/style.css")));
    }

    @Test
    void oneOverriddenTemplateChangesOnePageAndNoOther() throws IOException {
        TestSite builtIn = site("built-in", temp.resolve("no-such-theme"));
        TestSite own = site("own", theme("templates/404.peb", """
                {% extends "base" %}
                {% block content %}<h1 id="own">找不到页面，请拨打街道值班电话</h1>{% endblock %}
                """));
        built(builtIn);
        built(own);
        assertEquals(List.of("404.html"), differences(builtIn.output(), own.output()));
        var page = own.page("404.html");
        assertEquals("找不到页面，请拨打街道值班电话", page.selectFirst("#own").text());
        assertTrue(page.selectFirst("footer") != null, "the built-in base template around it");
    }

    @Test
    void anOverriddenPartialChangesEveryPageThatIncludesIt() throws IOException {
        String cards = Files.readString(Projects.theme().resolve("templates/partials/cards.peb"));
        TestSite own = site("own", theme("templates/partials/cards.peb",
                "<p class=\"own-cards\">本栏目正在整理</p>\n" + cards));
        built(own);
        assertTrue(own.page("index.html").select(".own-cards").size() > 0);
    }

    @Test
    void oneMessageIsReplacedAndTheOthersComeFromTheBuiltInBundle() throws IOException {
        TestSite own = site("own", theme("i18n/zh-CN.yaml", "home: 首页（测试街道）\n"));
        built(own);
        var index = own.page("index.html");
        assertTrue(index.text().contains("首页（测试街道）"), index.text());
        assertTrue(index.text().contains("监督举报电话"), "other messages are still built in");
    }

    @Test
    void aStylesheetOfTheSiteReplacesTheBuiltInOneAndTheOtherAssetsStay() throws IOException {
        TestSite own = site("own", theme("static/style.css", "body { color: #003; }\n"));
        built(own);
        assertEquals("body { color: #003; }\n",
                Files.readString(own.output().resolve("assets/style.css")));
        assertArrayEquals(Files.readAllBytes(Projects.theme().resolve("static/print.css")),
                Files.readAllBytes(own.output().resolve("assets/print.css")));
    }

    /** The relative paths of the files whose bytes differ or that only one folder has. */
    private static List<String> differences(Path a, Path b) throws IOException {
        TreeSet<String> all = new TreeSet<>(files(a));
        all.addAll(files(b));
        List<String> differ = new ArrayList<>();
        for (String p : all) {
            Path x = a.resolve(p);
            Path y = b.resolve(p);
            if (!Files.exists(x) || !Files.exists(y)
                    || Files.mismatch(x, y) != -1) {
                differ.add(p);
            }
        }
        return differ;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}

package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.publish.OutputFolder;
import org.noticeboard.source.SafePaths;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;
import org.noticeboard.testing.TestSite;

/** Names in the content cannot lead reads or writes out of their folders. */
class PathSafetyTest {

    @TempDir
    Path temp;

    private List<String> errors(TestSite site) {
        BuildResult result = site.build();
        assertFalse(result.published());
        return TestSite.lines(result).stream().filter(l -> l.contains("error:")).toList();
    }

    @Test
    void unsafeFileNamesAreRefused() {
        for (String name : List.of("..\\\\x", "a\uFF0Fb", "\u2024\u2024", "A", "a b", "a.b",
                "-a", "a\u0000b".replace("\u0000", "%00"), "\u0430")) {
            String path = "street/policy/" + name + ".md";
            List<String> errors = errors(TestSite.in(temp.resolve("s" + name.hashCode()))
                    .file(path, Items.policy("x")));
            // Backslashes are shown as slashes, as on Windows, where they separate folders.
            String shown = path.replace('\\', '/');
            assertEquals(List.of("content/" + shown + ": error: unsafe file or folder name '"
                    + shown + "'"), errors, name);
        }
    }

    @Test
    void symbolicLinksOutOfTheContentAreNotFollowed() throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.md"), Items.policy("秘密"));
        TestSite site = TestSite.in(temp.resolve("a"));
        site.writeFiles();
        Path dir = Files.createDirectories(site.content().resolve("street/policy"));
        Files.createSymbolicLink(dir.resolve("leak.md"), outside);
        assertEquals(List.of("content/street/policy/leak.md: error: symbolic links are not "
                + "followed"), errors(site));
        Files.delete(dir.resolve("leak.md"));
        Path outsideDir = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outsideDir.resolve("x.md"), Items.policy("外部"));
        Files.createSymbolicLink(site.content().resolve("street/notice"), outsideDir);
        BuildResult result = site.build();
        assertFalse(Files.exists(site.output().resolve("street/notice/x.html")),
                "a linked folder is not read: " + TestSite.lines(result));
    }

    @Test
    void boardSlugsCannotBePaths() {
        for (String slug : List.of("../x", "/abs", "..\\\\x", "a\uFF0Fb", "\u2024", "assets",
                "a/b", ".")) {
            String yaml = TestSite.SITE_YAML.replace("slug: east", "slug: \"" + slug + "\"");
            List<String> errors = errors(TestSite.in(temp.resolve("b" + slug.hashCode()))
                    .file("site.yaml", yaml));
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith("content/site.yaml:12:11: error: board slug '"),
                    errors.get(0));
            assertTrue(errors.get(0).endsWith("' cannot be used [boards.1.slug]"), errors.get(0));
        }
    }

    @Test
    void holidayFileMustStayInsideTheContent() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root\n");
        for (String path : List.of("../passwd", outside.toString(), "..\\\\passwd",
                "data/link.yaml")) {
            TestSite site = TestSite.in(temp.resolve("h" + path.hashCode()))
                    .file("site.yaml", TestSite.SITE_YAML + "holidays: \"" + path + "\"\n");
            site.writeFiles();
            Files.createSymbolicLink(site.content().resolve("data/link.yaml"), outside);
            assertEquals(List.of("content/site.yaml: error: the holidays file must be inside "
                    + "the content folder [holidays]"), errors(site), path);
        }
        TestSite nul = TestSite.in(temp.resolve("nul"))
                .file("site.yaml", TestSite.SITE_YAML + "holidays: \"data/\\0x\"\n");
        assertEquals(List.of("content/site.yaml:17:11: error: 'holidays' holds the invisible "
                + "control character U+0000 [holidays]"), errors(nul), "a NUL never gets that far");
        assertEquals(Optional.empty(), SafePaths.inside(temp, "a\0b"));
    }

    @Test
    void itemIdsInReferencesCannotBePaths() {
        TestSite site = TestSite.in(temp)
                .file("street/policy/a.md", "---\ntitle: t\npublished: 2026-11-01\n"
                        + "amends: [../../x]\nreplaces: [street/policy/..]\n---\n"
                        + "见[x](item:../../etc/passwd)。\n");
        List<String> errors = errors(site);
        assertEquals(List.of(
                "content/street/policy/a.md:4:10: error: 'amends' must be an item id "
                        + "board/type/slug, e.g. [street/policy/open-affairs-rules-2024] "
                        + "[amends.0]",
                "content/street/policy/a.md:5:12: error: 'replaces' must be an item id "
                        + "board/type/slug, e.g. [street/policy/open-affairs-rules-2020] "
                        + "[replaces.0]"), errors.subList(0, 2));
        assertTrue(errors.size() == 2 || errors.get(2).contains("item:../../etc/passwd")
                || errors.get(2).contains("../../etc/passwd"), errors.toString());
    }

    @Test
    void themeLinksAreNotCopied() throws IOException {
        Path theme = temp.resolve("theme");
        org.noticeboard.publish.SitePublisher.deleteTree(theme);
        SiteFiles.copyTree(Projects.theme(), theme);
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(theme.resolve("static/leak.txt"), secret);
        TestSite site = TestSite.in(temp.resolve("t")).file("street/policy/a.md",
                Items.policy("x"));
        site.writeFiles();
        var result = new org.noticeboard.build.Build().run(new org.noticeboard.build.BuildOptions(
                site.content(), site.output(), theme, Optional.empty(), ContentPipeline.NOW,
                true));
        assertTrue(result.published(), TestSite.lines(result).toString());
        assertFalse(Files.exists(site.output().resolve("assets/leak.txt")));
        assertTrue(Files.exists(site.output().resolve("assets/style.css")));
    }

    @Test
    void outputThatWouldSwallowSourcesIsRefused() throws IOException {
        Path content = Files.createDirectories(temp.resolve("repo/content"));
        Path theme = Files.createDirectories(temp.resolve("repo/themes/default"));
        Files.createSymbolicLink(temp.resolve("alias"), content);
        String home = System.getProperty("user.home");
        for (Path out : List.of(content, temp.resolve("repo"), theme, temp.resolve("repo/themes"),
                content.resolve("site"), temp.resolve("alias"), Path.of("/"),
                Path.of(home), temp.resolve("repo/content/../content"))) {
            assertTrue(OutputFolder.refusal(out, content, theme).isPresent(), out.toString());
        }
        Files.writeString(temp.resolve("file"), "x");
        assertEquals(Optional.of("the output " + temp.resolve("file") + " is a file, not a "
                + "folder"), OutputFolder.refusal(temp.resolve("file"), content, theme));
        assertEquals(Optional.empty(), OutputFolder.refusal(temp.resolve("repo/site"), content,
                theme));
        assertEquals(Optional.of("the output folder / is a file-system root"),
                OutputFolder.refusal(Path.of("/"), content, theme));
    }

    @Test
    void theBuildRefusesItsOwnContentFolderAsOutput() throws IOException {
        TestSite site = TestSite.in(temp).file("street/policy/a.md", Items.policy("x"));
        site.writeFiles();
        var result = new org.noticeboard.build.Build().run(new org.noticeboard.build.BuildOptions(
                site.content(), site.content(), Projects.theme(), Optional.empty(),
                ContentPipeline.NOW, true));
        assertEquals(List.of("error: the output folder " + site.content() + " overlaps the "
                + "content folder " + site.content()), TestSite.lines(result));
        assertTrue(Files.exists(site.content().resolve("street/policy/a.md")), "content kept");
    }
}

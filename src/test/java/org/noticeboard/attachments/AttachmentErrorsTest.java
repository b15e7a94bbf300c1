package org.noticeboard.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/**
 * Each mistake with an attachment is reported once, at the link's line and column in the
 * Markdown file, with a hint; never at a generated page (a site in four copies would otherwise
 * repeat it for each copy and each print page).
 */
class AttachmentErrorsTest {

    static final String FILE = "content/street/notice/a.md";

    @TempDir
    Path temp;

    /** A notice in every copy of the site whose body, from line 14, is {@code body}. */
    private TestSite notice(String body) {
        return TestSite.in(temp)
                .file("site.yaml", TestSite.SITE_YAML + "languages: [zh-CN, en]\n"
                        + "large_text: true\n")
                .file("street/notice/a.md", Items.notice("公示", "2026-11-25", 7) + "\n" + body);
    }

    private static List<String> errors(BuildResult result) {
        assertFalse(result.published());
        return TestSite.lines(result);
    }

    @Test
    void aMissingFileIsOneErrorAtTheLink() {
        BuildResult result = notice("请查阅[审核名单](附件1：审核名单.xlsx)。\n").build();
        assertEquals(List.of(FILE + ":14:4: error: attached file '附件1：审核名单.xlsx' not found "
                + "(looked for content/street/notice/附件1：审核名单.xlsx) [body]"), errors(result));
        assertEquals("put the file beside a.md, or correct the link; the name must match exactly",
                result.diagnostics().get(0).hint());
    }

    @Test
    void aLinkLeavingTheContentFolderIsAnError() {
        BuildResult result = notice("见[文件](../../../../etc/passwd.pdf)\n").build();
        assertEquals(List.of(FILE + ":14:2: error: the link to '../../../../etc/passwd.pdf' "
                + "leads out of the content folder [body]"), errors(result));
    }

    @Test
    void aFileOverTheSizeLimitOfSiteYamlIsAnError() {
        TestSite site = notice("[名单](list.pdf)\n");
        site.file("site.yaml", TestSite.SITE_YAML + "attachments:\n  max_size_mb: 1\n")
                .bytes("street/notice/list.pdf", new byte[1_600_000]);
        BuildResult result = site.build();
        assertEquals(List.of(FILE + ":14:1: error: attached file 'list.pdf' is 1.5 MB, more than "
                + "the 1 MB allowed [body]"), errors(result));
        assertTrue(result.diagnostics().get(0).hint().contains("max_size_mb"));
    }

    @Test
    void theDefaultLimitIsTwentyMegabytes() {
        TestSite site = notice("[名单](list.pdf)\n")
                .bytes("street/notice/list.pdf", new byte[1_600_000]);
        assertEquals(List.of(), TestSite.lines(site.build()));
    }

    @Test
    void programsWebPagesAndSvgAreNotPublished() {
        TestSite site = notice("""
                [安装](setup.exe)
                [页面](page.html)
                ![图](logo.svg)
                """).bytes("street/notice/setup.exe", new byte[] {'M', 'Z'})
                .file("street/notice/page.html", "<script>alert(1)</script>")
                .file("street/notice/logo.svg", "<svg><script>alert(1)</script></svg>");
        assertEquals(List.of(
                FILE + ":14:1: error: attached file 'setup.exe' is not published: a .exe file is "
                        + "a program; residents must not be asked to run one [body]",
                FILE + ":15:1: error: attached file 'page.html' is not published: a .html file "
                        + "can run scripts in the reader's browser under the site's address "
                        + "[body]",
                FILE + ":16:1: error: attached file 'logo.svg' is not published: a .svg file "
                        + "can run scripts in the reader's browser under the site's address "
                        + "[body]"), errors(site.build()));
    }

    @Test
    void anImageWithoutAltTextIsAnError() {
        TestSite site = notice("![](photo.jpg)\n")
                .bytes("street/notice/photo.jpg", Fixtures.jpeg(20, 10));
        BuildResult result = site.build();
        assertEquals(List.of(FILE + ":14:1: error: image 'photo.jpg' has no alt text; residents "
                + "using a screen reader would not know what it shows [body]"), errors(result));
        assertEquals("describe the picture between the brackets, e.g. ![公示现场照片](photo.jpg)",
                result.diagnostics().get(0).hint());
    }

    @Test
    void anImageClaimingBillionsOfPixelsIsRefusedQuicklyWithoutDecoding() {
        TestSite site = notice("![现场](bomb.png)\n")
                .bytes("street/notice/bomb.png", Fixtures.pngHeader(60_000, 60_000));
        long began = System.nanoTime();
        BuildResult result = site.check();
        long millis = (System.nanoTime() - began) / 1_000_000;
        assertEquals(List.of(FILE + ":14:1: error: image 'bomb.png' is 60000×60000 pixels, more "
                + "than 100 megapixels [body]"), TestSite.lines(result));
        assertTrue(millis < 10_000, millis + " ms");
    }

    @Test
    void aFileThatIsNotAnImageCannotBeShownAsOne() {
        TestSite site = notice("![名单](list.pdf)\n![照片](broken.jpg)\n")
                .bytes("street/notice/list.pdf", Fixtures.pdf())
                .bytes("street/notice/broken.jpg", new byte[] {1, 2, 3});
        assertEquals(List.of(
                FILE + ":14:1: error: 'list.pdf' is shown as an image but is a .pdf file [body]",
                FILE + ":15:1: error: image 'broken.jpg' cannot be read as an image [body]"),
                errors(site.build()));
    }

    @Test
    void errorsNameTheMarkdownFileNeverAGeneratedPage() {
        BuildResult result = notice("[一](a.pdf) [二](b.xlsx)\n").build();
        assertEquals(2, result.diagnostics().size());
        assertTrue(result.diagnostics().stream().map(Diagnostic::file).allMatch(FILE::equals));
    }
}

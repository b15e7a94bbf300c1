package org.noticeboard.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.BrowserTools;
import org.noticeboard.testing.ExampleBuild;

/**
 * Every page of the example site — all copies: Chinese, English, large text — passes the W3C Nu
 * HTML Checker with no error. A page with a known error is checked in the same run, so the test
 * fails if the checker silently checks nothing.
 */
class HtmlValidityTest {

    @TempDir
    Path temp;

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        BrowserTools.require(BrowserTools.vnuJar());
        Path site = temp.resolve("site");
        assertTrue(ExampleBuild.into(site).published());
        int pages = ExampleBuild.files(site, ".html").size();
        Files.writeString(site.resolve("zz-canary.html"),
                "<!DOCTYPE html><html lang=en><title>x</title><p><div>x</div></span>");

        var result = BrowserTools.runAny(List.of("java", "-Xss4m", "-jar",
                BrowserTools.vnuJar().toString(), "--errors-only", "--also-check-css",
                "--skip-non-html", "--format", "gnu", "--stdout", site.toString()), 600);

        List<String> errors = Arrays.stream(result.out().split("\n")).filter(l -> !l.isBlank())
                .map(l -> l.replace(site.toUri().toString(), "").replace(site + "/", ""))
                .toList();
        List<String> canary = errors.stream().filter(l -> l.contains("zz-canary")).toList();
        List<String> real = errors.stream().filter(l -> !l.contains("zz-canary")).toList();
        assertTrue(!canary.isEmpty(), "the checker found no error in the broken page: "
                + result.out() + result.err());
        assertEquals(List.of(), real, "HTML errors in the example site");
        assertTrue(pages >= 300, "checked " + pages + " pages");
    }
}

package org.noticeboard.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.BrowserTools;
import org.noticeboard.testing.ExampleBuild;

/**
 * Each kind of page of the example site, opened in headless Chromium: axe-core finds no WCAG 2.1
 * A or AA violation (contrast included), body text is at least 18 px (24 px in the large-text
 * copy), nothing scrolls sideways in a 320 px wide window, and no page asks the network for
 * anything. A page with known faults runs in the same session, so a check that silently checks
 * nothing fails.
 */
class BrowserChecksTest {

    /** One page of each kind, in the main copy. */
    static final List<String> KINDS = List.of(
            "index.html", "404.html", "street/index.html", "street/archive.html",
            "street/notice/index.html", "notice/index.html",
            "street/policy/open-affairs-rules.html",
            "street/procedure/dibao-application.html",
            "dongsi/commitment/community-service-commitments.html",
            "street/responsibility/first-contact-posts.html",
            "street/supervision/2026-q3.html",
            "dongsi/notice/dibao-review-2026-11.html",
            "street/reception/director-day.html",
            "street/page/about.html");
    /** The other copies: English and large text, on the widest pages. */
    static final List<String> COPIES = List.of(
            "en/index.html", "en/street/procedure/dibao-application.html",
            "en/street/page/english-summary.html",
            "large/index.html", "large/street/procedure/dibao-application.html",
            "large/street/responsibility/first-contact-posts.html",
            "large/street/reception/director-day.html",
            "en/large/street/notice/index.html");
    static final String CANARY = "zz-canary.html";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        assertTrue(ExampleBuild.into(site).published());
    }

    @Test
    void everyKindOfPageIsAccessibleReadableAndFitsA320PixelScreen() throws Exception {
        BrowserTools.require(BrowserTools.folder().resolve("node_modules/axe-core"),
                BrowserTools.folder().resolve("node_modules/playwright-core"),
                BrowserTools.chromium());
        List<String> pages = new ArrayList<>(KINDS);
        pages.addAll(COPIES);
        for (String page : pages) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        Files.writeString(site.resolve(CANARY), "<!DOCTYPE html><html><title>x</title>"
                + "<body style=\"color:#aaa;background:#fff\"><img src=\"assets/x.png\">"
                + "<p style=\"width:600px\">x</p></body></html>");
        pages.add(CANARY);
        List<String> command = new ArrayList<>(List.of("node",
                BrowserTools.folder().resolve("check-pages.mjs").toString(), site.toString()));
        command.addAll(pages);

        String out = BrowserTools.run(command, 900);

        Map<String, double[]> measured = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        List<String> canary = new ArrayList<>();
        List<String> external = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("PAGE")) {
                measured.put(f[1], new double[] {Double.parseDouble(f[2]),
                        Double.parseDouble(f[3])});
            } else if (f[0].equals("VIOLATION")) {
                (f[1].equals(CANARY) ? canary : violations).add(String.join(" ",
                        Arrays.asList(f).subList(1, f.length)));
            } else if (f[0].equals("EXTERNAL")) {
                external.add(f[1]);
            }
        }
        assertEquals(pages.size(), measured.size(), "pages measured: " + out);
        assertTrue(canary.stream().anyMatch(v -> v.contains("image-alt"))
                && canary.stream().anyMatch(v -> v.contains("html-has-lang")),
                "axe did not find the canary's faults: " + canary);
        assertTrue(measured.get(CANARY)[1] > 320, "the 320 px check sees overflow");
        assertEquals(List.of(), violations, "axe-core violations (WCAG 2.1 AA)");
        assertEquals(List.of(), external, "requests to the network");
        List<String> problems = new ArrayList<>();
        measured.forEach((page, m) -> {
            if (page.equals(CANARY)) {
                return;
            }
            double minimum = page.contains("large/") ? 24 : 18;
            if (m[0] < minimum) {
                problems.add(page + ": body text " + m[0] + " px, less than " + minimum);
            }
            if (m[1] > 320) {
                problems.add(page + ": " + m[1] + " px wide in a 320 px window");
            }
        });
        assertEquals(List.of(), problems);
    }
}

package org.noticeboard.datapages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Chromium;
import org.noticeboard.testing.TestSite;

/** A chart's labels are drawn at 14 px or more on a 390 px phone, not scaled down to fit. */
class ChartLabelTest {

    /** Writes the smallest rendered label height (font size times the SVG's scale). */
    static final String PROBE = """
            <script>
            (function () {
              var svg = document.querySelector('.data-chart svg');
              var scale = svg.getScreenCTM().a;
              var size = parseFloat(getComputedStyle(svg.querySelector('text')).fontSize);
              document.body.setAttribute('data-label-px', String(Math.round(size * scale * 10) / 10));
            }());
            </script>
            """;

    @TempDir
    Path temp;

    @Test
    void labelsAreAtLeast14PixelsOnAPhone() throws Exception {
        Chromium.assumeAvailable();
        TestSite site = TestSite.in(temp)
                .file("data/statistics/checks-2026.yaml", DataPagesTest.TABLE);
        assertTrue(site.build().published());
        Path page = site.output().resolve("data/checks-2026.html");
        Path probe = page.resolveSibling("probe.html");
        Files.writeString(probe, Files.readString(page).replace("</body>", PROBE + "</body>"));
        var body = Jsoup.parse(Chromium.dumpDom(probe.toUri().toString(), temp, 390)).body();
        double px = Double.parseDouble(body.attr("data-label-px"));
        assertTrue(px >= 14, "chart labels at " + px + " px");
    }
}

package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PostersTest {

    /** What the scan replaced: every heading's id attribute removed, nothing else touched. */
    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");

    @Test
    void printBodiesLoseHeadingAnchorsOnly() {
        assertEquals("<h2>温馨提示</h2><p>x</p><h3>B</h3>",
                Posters.withoutAnchors("<h2 id=\"温馨提示\">温馨提示</h2><p>x</p><h3 id=\"b\">B</h3>"));
        assertEquals("<hr id=\"x\"><h7 id=\"y\"><h2 class=\"c\">",
                Posters.withoutAnchors("<hr id=\"x\"><h7 id=\"y\"><h2 class=\"c\">"));
        assertEquals("<h2 id=\"open", Posters.withoutAnchors("<h2 id=\"open"));
    }

    @Test
    void theScanAgreesWithTheRegularExpressionOnRandomMarkup() {
        String[] pieces = {"<h", "<h1", "<h2 ", " id=\"", "\"", "id=", "<h6 id=\"a\"", "<p>",
            "文", "x", "<", "h", "3", "7", " ", "\n", "<h4 id=\"\""};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String body = s.toString();
            assertEquals(HEADING_ID.matcher(body).replaceAll("$1"), Posters.withoutAnchors(body),
                    body);
        }
    }
}

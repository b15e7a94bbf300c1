package org.noticeboard.print;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A poster's body cut in two: everything but the last block, and the last block, which the
 * sheet prints together with its foot (signature, objection box, QR code) in one unbreakable
 * end block — so the foot never lands alone on a sheet of its own.
 */
record PosterBody(String main, String end) {

    static PosterBody split(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element last = doc.body().children().last();
        if (last == null) {
            return new PosterBody(html, "");
        }
        String end = last.outerHtml();
        last.remove();
        return new PosterBody(doc.body().html(), end);
    }
}

package org.noticeboard.print;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.Details;
import org.noticeboard.render.NoticeWording;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Urls;
import org.noticeboard.text.TextBuffer;

/** Builds the printed form of an item: what the sheet shows, and where its QR code leads. */
final class Posters {

    private final PageWriter pages;
    private final Site site;
    private final Map<String, String> t;

    Posters(PageWriter pages) {
        this.pages = pages;
        this.site = pages.site();
        this.t = pages.messages();
    }

    /** Where an item's poster lives: {@code print/} + the item's own path. */
    static String path(Item item) {
        return "print/" + Urls.item(item);
    }

    /** The item's online address, or empty when no base URL is configured. */
    String onlineUrl(Item item) {
        return site.config().hasBaseUrl() ? site.config().baseUrl() + Urls.item(item) : "";
    }

    SafeString qr(Item item) {
        String url = onlineUrl(item);
        return new SafeString(url.isEmpty() ? ""
                : QrCode.svg(url, t.get("print.scan") + " " + url));
    }

    private void boardPhone(Item item, List<PosterView.Line> contacts) {
        site.config().board(item.board()).ifPresent(b ->
                contacts.add(new PosterView.Line(t.get("print.board_phone"), b.hotline())));
    }

    PosterView view(Item item, String root, String pageName) {
        String period = "";
        String periodLabel = "";
        String feedback = "";
        List<PosterView.Line> contacts = new ArrayList<>();
        if (item.details() instanceof Details.Notice n && n.kind().takesFeedback()) {
            NoticeWording words = NoticeWording.of(t, n);
            period = pages.views().dates().period(n.posting());
            periodLabel = words.period();
            feedback = words.feedback();
            contacts.add(new PosterView.Line(t.get("notice.contact"), n.objectionContact()));
            contacts.add(new PosterView.Line(t.get("notice.phone"), n.objectionPhone()));
            if (!n.objectionAddress().isEmpty()) {
                contacts.add(new PosterView.Line(t.get("notice.address"), n.objectionAddress()));
            }
        } else if (item.details() instanceof Details.Notice n) {
            period = pages.views().dates().period(n.posting());
            periodLabel = NoticeWording.of(t, n).period();
            boardPhone(item, contacts);
        } else if (item.details() instanceof Details.Procedure p) {
            contacts.add(new PosterView.Line(t.get("procedure.phone"),
                    String.join("、", p.phones())));
            contacts.add(new PosterView.Line(t.get("procedure.complaint_phone"),
                    p.complaintPhone()));
        } else {
            boardPhone(item, contacts);
        }
        contacts.add(new PosterView.Line(t.get("hotline"), site.config().hotline()));
        String date = item.published().map(d -> pages.views().dates().date(d)).orElse("");
        // the body and the QR code depend on the item alone, and are the slow parts; a body is
        // printed once per build (posters and the week's board have different roots)
        PosterBody body = pages.cachedForNextBuild("print-body " + root, item,
                i -> PosterBody.split(withoutAnchors(pages.views().body(i, root))));
        return new PosterView(pages.views().item(item, root, body.main()), item.paper(),
                pageName, period, periodLabel, feedback, item.docNo(), item.issuer(), date,
                contacts, pages.cached("print-qr", item, this::qr), onlineUrl(item),
                new SafeString(body.end()), SheetEstimate.snug(item));
    }

    /** The running head of continuation sheets: board · title (continued). */
    String runningHead(Item item) {
        String board = site.config().board(item.board()).map(b -> b.name()).orElse("");
        return board + " · " + item.title() + t.get("print.continued");
    }

    /**
     * Paper has no in-page links, and a board bundle prints several items in one document, where
     * the bodies' heading anchors (e.g. two "温馨提示") would repeat; so print bodies carry none.
     */
    static String withoutAnchors(String body) {
        // a scan, not a regular expression: a regex tried every position of every body, which
        // was 7% of a 10,000-item build
        TextBuffer out = null;
        int from = 0;
        for (int at = body.indexOf("<h"); at >= 0; at = body.indexOf("<h", at + 2)) {
            char level = at + 2 < body.length() ? body.charAt(at + 2) : ' ';
            if (level < '1' || level > '6' || !body.startsWith(" id=\"", at + 3)) {
                continue;
            }
            int close = body.indexOf('"', at + 8);
            if (close < 0) {
                break;
            }
            if (out == null) {
                out = new TextBuffer(body.length());
            }
            out.append(body, from, at + 3);
            from = close + 1;
            at = close - 1;
        }
        if (out == null) {
            return body;
        }
        out.append(body, from, body.length());
        return out.toString();
    }
}

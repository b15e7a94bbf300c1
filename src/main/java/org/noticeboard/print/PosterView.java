package org.noticeboard.print;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import org.noticeboard.render.view.ItemView;

/**
 * One item as the {@code print/sheet} template draws it on paper.
 *
 * @param item the item as its web page shows it (title, details, body)
 * @param paper {@code A4} or {@code A3}
 * @param pageName the CSS named page the poster's sheets use (its size and running head)
 * @param period the posting period, e.g. 2026年12月1日至12月7日; empty for other types
 * @param periodLabel what the period is called for the notice's kind (公示期, 公告期…)
 * @param feedback the line above the contacts (如有异议…); empty when the kind takes none
 * @param docNo 发文字号, shown under the title as official documents do; may be empty
 * @param date the publication date as written on the sheet
 * @param contacts where to ask and object: label and value per line
 * @param qr the QR code as inline SVG, empty without a base URL
 * @param url the item's online address, empty without a base URL
 * @param lastBlock the body's last block, printed with the foot so the foot never stands alone
 * @param snug set in smaller type, because at full size the poster would just miss one sheet
 */
public record PosterView(
        ItemView item,
        String paper,
        String pageName,
        String period,
        String periodLabel,
        String feedback,
        String docNo,
        String issuer,
        String date,
        List<Line> contacts,
        SafeString qr,
        String url,
        SafeString lastBlock,
        boolean snug) {

    public PosterView {
        contacts = List.copyOf(contacts);
    }

    /** True when the body has a last block to print with the foot. */
    public boolean endsWithText() {
        return !lastBlock.toString().isEmpty();
    }

    public boolean withQr() {
        return !url.isEmpty();
    }

    /** One labelled line, e.g. 监督举报电话：010-65212345. */
    public record Line(String label, String value) {}
}

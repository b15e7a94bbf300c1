package org.noticeboard.render;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;
import org.noticeboard.render.view.Signature;

/**
 * Decides an item's 落款. Editors cannot right-align text in Markdown, so the page and the poster
 * sign documents for them from {@code issuer} and {@code written} (else {@code published}); a body
 * that already ends with its own 落款 (a date, or the issuer, as its last line) keeps it alone.
 */
final class Signatures {

    /** The kinds of item that are documents an office signs. */
    private static final Set<ContentType> SIGNED = EnumSet.of(ContentType.POLICY,
            ContentType.NOTICE, ContentType.COMMITMENT, ContentType.SUPERVISION);

    /** A line that is only a date, as a 落款 writes it, in digits or in Chinese numerals. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*[\\d〇零一二三四五六七八九十]{1,3}\\s*月"
                    + "\\s*[\\d〇零一二三四五六七八九十]{1,3}\\s*日\\s*$");


    private Signatures() {}

    static Optional<Signature> of(Item item, DateText dates) {
        if (!SIGNED.contains(item.type()) || item.issuer().isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = item.written().or(item::published);
        if (day.isEmpty() || endsWithOwnSignature(item.bodyMarkdown(), item.issuer())) {
            return Optional.empty();
        }
        return Optional.of(new Signature(item.issuer(), dates.date(day.get()),
                day.get().toString()));
    }

    /**
     * Whether the Markdown body's last line is a date or the issuer: the editor signed it
     * already. The source is read, not the HTML, so the page and the poster (which sets the
     * body's last block apart) decide alike.
     */
    static boolean endsWithOwnSignature(String markdown, String issuer) {
        String text = markdown.strip();
        int lastLine = text.lastIndexOf('\n');
        String last = (lastLine < 0 ? text : text.substring(lastLine + 1))
                .replaceAll("<[^>]*>|[*_\\\\>#]", "").strip();
        return DATE_LINE.matcher(last).find() || (!issuer.isEmpty() && last.equals(issuer));
    }
}

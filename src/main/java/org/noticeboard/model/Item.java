package org.noticeboard.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One published (or withheld) item with its disclosure metadata. Refers to other items by id
 * ({@code board/type/slug}) only.
 *
 * @param source the path shown in messages
 * @param bodyMarkdown the Markdown body, already checked by the parse stage
 * @param bodyLine the file line on which the body starts
 * @param language the language the item is written in ({@code en}), or empty for the site's
 * @param bodyHtml the body as HTML, rendered once by the parse stage; {@code item:} links in it
 *     are markers that the render stage resolves for the page showing it (empty: rendered from
 *     the Markdown when shown)
 * @param attachments the files beside the item that its body links to, each published once
 */
public record Item(
        String id,
        String board,
        ContentType type,
        String slug,
        String source,
        String title,
        String summary,
        Optional<LocalDate> published,
        Optional<LocalDate> written,
        Optional<LocalDate> updated,
        Optional<LocalDate> expires,
        String issuer,
        String docNo,
        String indexNo,
        String topic,
        Validity validity,
        List<String> amends,
        List<String> replaces,
        boolean draft,
        List<String> keywords,
        String paper,
        String changeNote,
        Details details,
        String bodyMarkdown,
        int bodyLine,
        String language,
        String bodyHtml,
        List<Attachment> attachments) {

    public Item {
        attachments = List.copyOf(attachments);
        amends = List.copyOf(amends);
        replaces = List.copyOf(replaces);
        keywords = List.copyOf(keywords);
    }

    /** An item written in the site's own language. */
    public Item(String id, String board, ContentType type, String slug, String source,
            String title, String summary, Optional<LocalDate> published,
            Optional<LocalDate> written, Optional<LocalDate> updated, Optional<LocalDate> expires,
            String issuer, String docNo, String indexNo, String topic, Validity validity,
            List<String> amends, List<String> replaces, boolean draft, List<String> keywords,
            String paper, String changeNote, Details details, String bodyMarkdown, int bodyLine) {
        this(id, board, type, slug, source, title, summary, published, written, updated, expires,
                issuer, docNo, indexNo, topic, validity, amends, replaces, draft, keywords, paper,
                changeNote, details, bodyMarkdown, bodyLine, "", "", List.of());
    }

    /** The attached files to list under 附件: each file once, images shown in the body left out. */
    public List<Attachment> listedAttachments() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return attachments.stream().filter(a -> !a.image()).filter(a -> seen.add(a.address()))
                .toList();
    }

    /** The output path inside the site folder, e.g. {@code street/notice/water-cut.html}. */
    public String path() {
        return board + "/" + type.id() + "/" + slug + ".html";
    }
}

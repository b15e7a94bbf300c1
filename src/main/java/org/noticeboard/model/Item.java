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
        int bodyLine) {

    public Item {
        amends = List.copyOf(amends);
        replaces = List.copyOf(replaces);
        keywords = List.copyOf(keywords);
    }

    /** The output path inside the site folder, e.g. {@code street/notice/water-cut.html}. */
    public String path() {
        return board + "/" + type.id() + "/" + slug + ".html";
    }
}

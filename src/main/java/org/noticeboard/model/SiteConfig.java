package org.noticeboard.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site configuration from {@code content/site.yaml}.
 *
 * @param baseUrl the public address ending in '/', or empty when the site is only browsed
 *     relatively (QR codes and feeds then have no absolute links)
 * @param publicContacts phone numbers and e-mail addresses the personal-data check accepts
 * @param rawHtml {@code refuse} (default) or {@code sanitize}
 * @param catalogue what each board must disclose (公开目录); empty when not configured
 * @param languages the interface languages the site is written in, {@code language} first; each
 *     other one is a full copy of the site under its own folder ({@code en/})
 * @param largeText also write a large-text copy of the site under {@code large/}
 * @param attachmentMaxMb the largest attached file published, in megabytes
 * @param params the logo and registration numbers every page shows (网站标识码, ICP, 公安备案)
 * @param paper the poster paper of items that name none, {@code A4} or {@code A3}
 * @param timeliness which items the 公开时限 check applies to; empty: none
 */
public record SiteConfig(
        String title,
        String titleEn,
        String organisation,
        String language,
        String baseUrl,
        String hotline,
        List<String> publicContacts,
        String indexPrefix,
        Map<String, Integer> minimumPostingDays,
        String holidaysFile,
        RawHtml rawHtml,
        List<Board> boards,
        List<CatalogueEntry> catalogue,
        List<String> languages,
        boolean largeText,
        int attachmentMaxMb,
        SiteParams params,
        String paper,
        Optional<Timeliness> timeliness) {

    /** Large enough for a scanned document of a few dozen pages, small enough for a phone. */
    public static final int DEFAULT_ATTACHMENT_MAX_MB = 20;

    public SiteConfig {
        catalogue = List.copyOf(catalogue);
        publicContacts = List.copyOf(publicContacts);
        languages = languages.isEmpty() ? List.of(language) : List.copyOf(languages);
        minimumPostingDays = Map.copyOf(minimumPostingDays);
        boards = List.copyOf(boards);
    }

    /** A site without a logo or registration numbers, whose posters default to A4. */
    public SiteConfig(String title, String titleEn, String organisation, String language,
            String baseUrl, String hotline, List<String> publicContacts, String indexPrefix,
            Map<String, Integer> minimumPostingDays, String holidaysFile, RawHtml rawHtml,
            List<Board> boards, List<CatalogueEntry> catalogue, List<String> languages,
            boolean largeText) {
        this(title, titleEn, organisation, language, baseUrl, hotline, publicContacts,
                indexPrefix, minimumPostingDays, holidaysFile, rawHtml, boards, catalogue,
                languages, largeText, DEFAULT_ATTACHMENT_MAX_MB, SiteParams.NONE, "A4",
                Optional.empty());
    }

    /** A site in one language and normal type, as before languages and large text existed. */
    public SiteConfig(String title, String titleEn, String organisation, String language,
            String baseUrl, String hotline, List<String> publicContacts, String indexPrefix,
            Map<String, Integer> minimumPostingDays, String holidaysFile, RawHtml rawHtml,
            List<Board> boards) {
        this(title, titleEn, organisation, language, baseUrl, hotline, publicContacts,
                indexPrefix, minimumPostingDays, holidaysFile, rawHtml, boards, List.of(), List.of(),
                false);
    }

    public Optional<Board> board(String slug) {
        return boards.stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    /** {@link #attachmentMaxMb} in bytes. */
    public long attachmentMaxBytes() {
        return attachmentMaxMb * 1024L * 1024L;
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, titleEn, organisation, language, url, hotline,
                publicContacts, indexPrefix, minimumPostingDays, holidaysFile, rawHtml, boards,
                catalogue, languages, largeText, attachmentMaxMb, params, paper, timeliness);
    }
}

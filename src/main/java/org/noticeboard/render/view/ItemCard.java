package org.noticeboard.render.view;

/**
 * An item in a listing.
 *
 * @param status a short label such as 公示中, or empty
 * @param statusId a stable id for styling ({@code open}, {@code ended}, {@code repealed}…)
 * @param posting the posting period in words, or empty
 * @param postingLabel what the period is called for the notice's kind (公示期, 公告期…)
 * @param lang the language of the title and summary when it differs from the page's, or empty
 */
public record ItemCard(
        String title,
        String url,
        String board,
        String type,
        String date,
        String isoDate,
        String status,
        String statusId,
        String summary,
        String posting,
        String postingLabel,
        String lang) {}

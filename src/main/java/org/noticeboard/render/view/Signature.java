package org.noticeboard.render.view;

/**
 * The 落款 that closes an official document (GB/T 9704): the issuing body, and under it the date
 * it was written, both set to the right.
 *
 * @param issuer the issuing body as it signs
 * @param date the date as the page's language writes it (2026年11月18日)
 * @param isoDate the same date for {@code <time datetime>}
 */
public record Signature(String issuer, String date, String isoDate) {}

package org.noticeboard.render.view;

/**
 * A link to the same page in another copy of the site: another language ({@code kind}
 * {@code language}, its label written in that language, {@code lang} its code) or the large-text
 * or standard copy ({@code kind} {@code size}).
 */
public record EditionLink(String kind, String label, String url, String lang) {}

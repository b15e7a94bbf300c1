package org.noticeboard.render.view;

/**
 * One line of an item's change history: {@code kind} {@code first} (first published on the site)
 * or {@code change}, its date in words and as ISO, and the public note ({@code change_note} or the
 * commit message), possibly empty.
 */
public record ChangeView(String kind, String date, String isoDate, String note) {}

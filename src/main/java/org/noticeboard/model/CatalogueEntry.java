package org.noticeboard.model;

import java.util.List;

/**
 * One line of the disclosure catalogue (公开目录) in {@code site.yaml}: something every listed
 * board must keep published, and how fresh it must be.
 *
 * @param type a content type id, or {@code hotline} for the board's hotline in site.yaml
 * @param boards the board slugs it applies to; empty means every board
 * @param maxAgeDays how many days the newest matching item may be old; 0 for no limit
 * @param services for {@code procedure}: one service guide required per service
 * @param basis the rule that requires it, shown to residents; may be empty
 * @param line the entry's line in site.yaml, for messages
 */
public record CatalogueEntry(
        String title,
        String type,
        List<String> boards,
        int maxAgeDays,
        List<Service> services,
        String basis,
        int line) {

    public CatalogueEntry {
        boards = List.copyOf(boards);
        services = List.copyOf(services);
    }

    public boolean appliesTo(String board) {
        return boards.isEmpty() || boards.contains(board);
    }

    /** A service whose guide (办事指南) must be published as {@code <board>/procedure/<slug>}. */
    public record Service(String slug, String title, int line) {}
}

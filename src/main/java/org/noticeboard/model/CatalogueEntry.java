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
 * @param topic when not empty, only items of this 主题分类 fulfil the entry
 * @param columns the 标准目录 columns shown on the catalogue page
 * @param timeLimitDays 公开时限 in working days, for {@code check}
 */
public record CatalogueEntry(
        String title,
        String type,
        List<String> boards,
        int maxAgeDays,
        List<Service> services,
        String basis,
        int line,
        String topic,
        StandardColumns columns,
        int timeLimitDays) {

    public CatalogueEntry {
        boards = List.copyOf(boards);
        services = List.copyOf(services);
    }

    /** An entry without standard-catalogue columns. */
    public CatalogueEntry(String title, String type, List<String> boards, int maxAgeDays,
            List<Service> services, String basis, int line) {
        this(title, type, boards, maxAgeDays, services, basis, line, "", StandardColumns.NONE,
                Timeliness.DEFAULT_WORKING_DAYS);
    }

    /** Whether {@code item} is of the entry's type and topic (its board is checked apart). */
    public boolean fulfilledBy(Item item) {
        return fulfilledBy(item.type().id(), item.topic());
    }

    /** The same for an item not assembled (a draft): its type id and topic. */
    public boolean fulfilledBy(String itemType, String itemTopic) {
        return itemType.equals(type) && (topic.isEmpty() || topic.equals(itemTopic));
    }

    public boolean appliesTo(String board) {
        return boards.isEmpty() || boards.contains(board);
    }

    /** A service whose guide (办事指南) must be published as {@code <board>/procedure/<slug>}. */
    public record Service(String slug, String title, int line) {}
}

package org.noticeboard.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;

/** The reverse links: which items amend or replace a given item, shown on both pages. */
final class RelationIndex {

    private final Map<String, List<String>> amendedBy = new HashMap<>();
    private final Map<String, List<String>> replacedBy = new HashMap<>();

    RelationIndex(Site site) {
        for (Item item : site.items()) {
            item.amends().forEach(id ->
                    amendedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(item.id()));
            item.replaces().forEach(id ->
                    replacedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(item.id()));
        }
    }

    List<String> amendedBy(String id) {
        return amendedBy.getOrDefault(id, List.of());
    }

    List<String> replacedBy(String id) {
        return replacedBy.getOrDefault(id, List.of());
    }
}

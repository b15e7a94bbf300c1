package org.noticeboard.print;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.noticeboard.model.Item;
import org.noticeboard.model.Lifecycle;
import org.noticeboard.model.Site;

/**
 * A hash of everything a poster prints, as the site stands on its build day: the item's printed
 * fields and body, and the amendments and replacements published by then (the poster names
 * them). Two days with the same fingerprint print the same poster, so its sheet can stay up.
 */
final class PosterFingerprint {

    private final Lifecycle lifecycle;
    /** Item id → ids of the items that amend or replace it, whether published or not. */
    private final Map<String, List<Item>> successors;

    PosterFingerprint(Site site) {
        this.lifecycle = site.lifecycle();
        this.successors = site.items().stream()
                .flatMap(i -> Stream.concat(i.amends().stream(), i.replaces().stream())
                        .map(id -> Map.entry(id, i)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    String of(Item item) {
        List<String> named = successors.getOrDefault(item.id(), List.of()).stream()
                .filter(lifecycle::isPublished).map(Item::id).sorted().toList();
        String printed = String.join("\u0000", item.title(), item.docNo(), item.issuer(),
                item.published().toString(), item.updated().toString(),
                item.expires().toString(), item.paper(), item.validity().toString(),
                item.details().toString(), item.bodyMarkdown(), named.toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(printed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

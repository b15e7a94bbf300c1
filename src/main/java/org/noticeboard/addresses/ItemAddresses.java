package org.noticeboard.addresses;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.noticeboard.model.ContentType;

/** The addresses of item pages among a site's files: those a QR code on a poster leads to. */
public final class ItemAddresses {

    private ItemAddresses() {}

    /** Whether {@code path} is an item's page in the main copy: {@code board/type/slug.html}. */
    public static boolean isItemPage(String path) {
        String[] parts = path.split("/");
        return parts.length == 3 && parts[2].endsWith(".html") && !parts[2].equals("index.html")
                && ContentType.fromId(parts[1]).isPresent();
    }

    /** The item pages that were online and that the new site does not have, sorted. */
    public static List<String> disappearing(Collection<String> online, Set<String> next) {
        return online.stream().filter(ItemAddresses::isItemPage)
                .filter(p -> !next.contains(p)).sorted().toList();
    }
}

package org.noticeboard.addresses;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.noticeboard.model.ContentType;

/** The addresses of item pages among a site's files: those a QR code on a poster leads to. */
public final class ItemAddresses {

    private ItemAddresses() {}

    /** A numbered listing page, {@code page-2.html}: a reserved name, never an item's. */
    private static final Pattern LISTING_PAGE = Pattern.compile("page-\\d+\\.html");

    /** Whether {@code path} is an item's page in the main copy: {@code board/type/slug.html}. */
    public static boolean isItemPage(String path) {
        String[] parts = path.split("/");
        return parts.length == 3 && parts[2].endsWith(".html") && !parts[2].equals("index.html")
                && !LISTING_PAGE.matcher(parts[2]).matches()
                && ContentType.fromId(parts[1]).isPresent();
    }

    /**
     * The id of the item whose page (in any copy: {@code en/}, {@code large/}, {@code print/})
     * or poster {@code path} is, or empty when it is no item's.
     */
    public static String itemOf(String path) {
        String rest = path;
        for (String copy : List.of("en/", "large/", "print/")) {
            if (rest.startsWith(copy)) {
                rest = rest.substring(copy.length());
            }
        }
        int dot = rest.lastIndexOf('.');
        String[] parts = rest.split("/");
        if (parts.length != 3 || dot < 0 || ContentType.fromId(parts[1]).isEmpty()) {
            return "";
        }
        return rest.substring(0, dot);
    }

    /** The item pages that were online and that the new site does not have, sorted. */
    public static List<String> disappearing(Collection<String> online, Set<String> next) {
        return online.stream().filter(ItemAddresses::isItemPage)
                .filter(p -> !next.contains(p)).sorted().toList();
    }
}

package org.noticeboard.render;

import java.util.List;
import java.util.stream.IntStream;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.Item;

/**
 * Where each page lives in the output, as paths from the site root. Pages link to each other
 * relatively ({@code root} + path), so the site works under any sub-path and from a folder.
 */
public final class Urls {

    private Urls() {}

    public static String home() {
        return "index.html";
    }

    public static String board(String board) {
        return board + "/index.html";
    }

    public static String boardArchive(String board) {
        return board + "/archive.html";
    }

    public static String listing(ContentType type) {
        return type.id() + "/index.html";
    }

    public static String boardListing(String board, ContentType type) {
        return board + "/" + type.id() + "/index.html";
    }

    /**
     * Page {@code number} of the listing whose first page is {@code listing} (an
     * {@code index.html} or {@code archive.html}): beside an index, in a folder named after
     * any other first page ({@code street/archive/page-2.html}).
     */
    public static String listingPage(String listing, int number) {
        String name = "page-" + number + ".html";
        return listing.endsWith("/index.html") || listing.equals("index.html")
                ? listing.substring(0, listing.length() - "index.html".length()) + name
                : listing.substring(0, listing.length() - ".html".length()) + "/" + name;
    }

    /** The numbered pages of a listing of {@code items} items ({@link Paging}). */
    public static List<String> listingPages(String listing, int items) {
        int count = (items + Paging.SIZE - 1) / Paging.SIZE;
        return IntStream.rangeClosed(1, count).mapToObj(n -> listingPage(listing, n)).toList();
    }

    public static String item(Item item) {
        return item.path();
    }

    public static String item(String id) {
        return id + ".html";
    }

    /** The relative prefix that leads from {@code path} back to the site root. */
    public static String root(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}

package org.noticeboard.render;

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

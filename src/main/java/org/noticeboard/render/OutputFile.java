package org.noticeboard.render;

import java.nio.charset.StandardCharsets;

/** One file of the built site: a path from the site root and its bytes. */
public record OutputFile(String path, byte[] bytes) {

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}

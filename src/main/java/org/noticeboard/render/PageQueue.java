package org.noticeboard.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Pages to render, each only if wanted: the preview's incremental builds skip the others. */
final class PageQueue {

    private final List<Supplier<OutputFile>> pages = new ArrayList<>();
    private final PageWriter writer;

    PageQueue(PageWriter writer) {
        this.writer = writer;
    }

    void put(String path, Supplier<OutputFile> page) {
        if (writer.wanted(path)) {
            pages.add(page);
        }
    }

    List<Supplier<OutputFile>> pages() {
        return List.copyOf(pages);
    }
}

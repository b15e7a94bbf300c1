package org.noticeboard.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A group of output files rendered from the site: the website pages, the print pages, feeds,
 * the search index… Each group is independent, so a new output is one new class.
 *
 * <p>A group with few files returns them from {@link #render(PageWriter)}; a group with one or
 * more files per item overrides {@link #render(PageWriter, OutputSink)} to hand each file on as
 * soon as it is rendered, so that a large site's pages are not all in memory at once.
 */
public interface Pages {

    List<OutputFile> render(PageWriter pages);

    default void render(PageWriter pages, OutputSink out) {
        render(pages).forEach(out::accept);
    }

    /** The files a streaming group writes, as a list (for {@link #render(PageWriter)}). */
    static List<OutputFile> collect(Pages group, PageWriter pages) {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        group.render(pages, files::add);
        return List.copyOf(files);
    }
}

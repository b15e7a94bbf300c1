package org.noticeboard.render;

import java.util.List;

/**
 * A group of output files rendered from the site: the website pages, the print pages, feeds,
 * the search index… Each group is independent, so a new output is one new class.
 */
public interface Pages {

    List<OutputFile> render(PageWriter pages);
}

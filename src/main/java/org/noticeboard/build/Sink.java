package org.noticeboard.build;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.render.OutputFile;

/**
 * Where a run of the {@link Pipeline} puts the site: a staging folder swapped into place
 * ({@code build}, {@code print}), nowhere ({@code check}), or memory ({@code serve}). The
 * pipeline is the same for all three; only this differs.
 */
interface Sink {

    /** Before the render: the theme's static files, published under {@code assets/}. */
    void begin(Map<String, byte[]> assets) throws IOException;

    /** One rendered file; called from any thread. */
    void accept(OutputFile file);

    /**
     * After the render: checks the links of what this run produced against everything the site
     * will hold once it is published. Links to, and the disappearance of, the files
     * {@code excused} names (pages of items kept out by their own errors) are not reported.
     */
    void check(AffectedPages affected, boolean everything, Predicate<String> excused,
            Diagnostics diagnostics);

    /** Publishes what was rendered (only called when nothing is wrong); the paths that changed. */
    Set<String> publish() throws IOException;

    /** How many files the render produced. */
    int rendered();
}

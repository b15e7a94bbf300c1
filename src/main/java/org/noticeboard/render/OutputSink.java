package org.noticeboard.render;

/**
 * Where rendered files go as soon as they are made: written to the staging folder and scanned
 * for links in a build, collected in memory in a preview session. Pages of a large site are
 * never all held at once. Called from several threads at a time.
 */
@FunctionalInterface
public interface OutputSink {

    void accept(OutputFile file);
}

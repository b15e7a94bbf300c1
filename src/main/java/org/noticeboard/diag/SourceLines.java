package org.noticeboard.diag;

/** Looks up the text of a source line so a diagnostic can show it with a caret. */
@FunctionalInterface
public interface SourceLines {

    SourceLines NONE = (file, line) -> "";

    /** The line's text without its line end, or empty when unknown. */
    String line(String file, int line);
}

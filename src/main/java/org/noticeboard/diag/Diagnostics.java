package org.noticeboard.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The collector every stage reports into. Errors are data: a stage records them and goes on, so one
 * run tells the editor about every mistake. Thread-safe, because rendering runs in parallel.
 */
public final class Diagnostics {

    private final List<Diagnostic> entries = new ArrayList<>();
    private final SourceLines sourceLines;

    public Diagnostics() {
        this(SourceLines.NONE);
    }

    public Diagnostics(SourceLines sourceLines) {
        this.sourceLines = sourceLines;
    }

    /** A new, empty collector that shows source lines as this one does. */
    public Diagnostics sibling() {
        return new Diagnostics(sourceLines);
    }

    public void error(Position at, String field, String message, String hint) {
        add(at, Severity.ERROR, field, message, hint);
    }

    public void warning(Position at, String field, String message, String hint) {
        add(at, Severity.WARNING, field, message, hint);
    }

    public void add(Position at, Severity severity, String field, String message, String hint) {
        String line = at.line() > 0 ? sourceLines.line(at.file(), at.line()) : "";
        add(
                new Diagnostic(
                        at.file(), at.line(), at.column(), severity, message, field, hint, line));
    }

    public synchronized void add(Diagnostic diagnostic) {
        entries.add(diagnostic);
    }

    public synchronized boolean hasErrors() {
        return entries.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int errorCount() {
        return (int) entries.stream().filter(Diagnostic::isError).count();
    }

    public synchronized int warningCount() {
        return entries.size() - errorCount();
    }

    /** Every entry, sorted by file, line and column, without duplicates. */
    public synchronized List<Diagnostic> sorted() {
        return entries.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}

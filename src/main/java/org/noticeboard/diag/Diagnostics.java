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

    /** An error worded by the message bundles, in the editor's language when printed. */
    public void error(Position at, String field, Message message) {
        add(at, Severity.ERROR, field, message);
    }

    public void warning(Position at, String field, Message message) {
        add(at, Severity.WARNING, field, message);
    }

    /**
     * An error in English only.
     *
     * @deprecated give it a rule id and bundle texts: {@link #error(Position, String, Message)}
     */
    @Deprecated
    public void error(Position at, String field, String message, String hint) {
        add(at, Severity.ERROR, field, message, hint);
    }

    /**
     * A warning in English only.
     *
     * @deprecated give it a rule id and bundle texts: {@link #warning(Position, String, Message)}
     */
    @Deprecated
    public void warning(Position at, String field, String message, String hint) {
        add(at, Severity.WARNING, field, message, hint);
    }

    /** The record keeps the English words too: tests, logs and the preview read them. */
    public void add(Position at, Severity severity, String field, Message message) {
        add(at, severity, field, message, sourceLine(at));
    }

    /** With the source line given, e.g. with personal data masked out of it. */
    public void add(Position at, Severity severity, String field, Message message,
            String sourceLine) {
        Messages english = Messages.of(Language.EN);
        add(new Diagnostic(at.file(), at.line(), at.column(), severity,
                english.message(message), field, english.hint(message), sourceLine, message));
    }

    private String sourceLine(Position at) {
        return at.line() > 0 ? sourceLines.line(at.file(), at.line()) : "";
    }

    public void add(Position at, Severity severity, String field, String message, String hint) {
        add(new Diagnostic(at.file(), at.line(), at.column(), severity, message, field, hint,
                sourceLine(at)));
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

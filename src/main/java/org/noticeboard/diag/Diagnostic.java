package org.noticeboard.diag;

import java.util.Comparator;

/**
 * One problem found in the content, positioned like a compiler message.
 *
 * @param file the path as the editor knows it (e.g. {@code content/street/notice/water.md}); empty
 *     for site-wide problems
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param field the front-matter field concerned, or empty
 * @param hint what to write instead, or empty
 * @param sourceLine the offending source line, shown under the message with a caret, or empty
 * @param key the rule id and arguments the message was made from, so it can be said again in
 *     the editor's language; {@link Message#NONE} for a message written in English only
 */
public record Diagnostic(
        String file,
        int line,
        int column,
        Severity severity,
        String message,
        String field,
        String hint,
        String sourceLine,
        Message key) {

    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::file)
                    .thenComparingInt(Diagnostic::line)
                    .thenComparingInt(Diagnostic::column)
                    .thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::message);

    public Diagnostic {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
        sourceLine = sourceLine == null ? "" : sourceLine;
        key = key == null ? Message.NONE : key;
    }

    /** A diagnostic worded in English only, without a rule id. */
    public Diagnostic(String file, int line, int column, Severity severity, String message,
            String field, String hint, String sourceLine) {
        this(file, line, column, severity, message, field, hint, sourceLine, Message.NONE);
    }

    /** A diagnostic worded by the bundles, with its English words, as Diagnostics.add makes. */
    public static Diagnostic of(String file, int line, int column, Severity severity,
            String field, Message message) {
        Messages english = Messages.of(Language.EN);
        return new Diagnostic(file, line, column, severity, english.message(message), field,
                english.hint(message), "", message);
    }

    /** The rule id, e.g. {@code unknown-field}; empty for a message without one. */
    public String rule() {
        return key.rule();
    }

    public java.util.Map<String, String> args() {
        return key.args();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code path:line:column: error: message [field]}. */
    public String oneLine() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        out.append(severity.label()).append(": ").append(message);
        if (!field.isEmpty()) {
            out.append(" [").append(field).append(']');
        }
        return out.toString();
    }
}

package org.noticeboard.diag;

import java.util.List;
import java.util.Locale;

/**
 * Prints diagnostics as a compiler would, or as JSON for machines, in one language: a
 * diagnostic with a rule id is worded from that language's bundle, one without keeps its
 * English words.
 */
public final class DiagnosticFormatter {

    private final Messages messages;

    /** A formatter that speaks English. */
    public DiagnosticFormatter() {
        this(Language.EN);
    }

    public DiagnosticFormatter(Language language) {
        this.messages = Messages.of(language);
    }

    /** The diagnostic's message in this formatter's language. */
    public String message(Diagnostic d) {
        return d.rule().isEmpty() ? d.message() : messages.message(d.key());
    }

    public String hint(Diagnostic d) {
        return d.rule().isEmpty() ? d.hint() : messages.hint(d.key());
    }

    /** {@code path:line:column: error: message [field]}, in this formatter's language. */
    public String oneLine(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        if (!d.file().isEmpty()) {
            out.append(d.file());
            if (d.line() > 0) {
                out.append(':').append(d.line());
                if (d.column() > 0) {
                    out.append(':').append(d.column());
                }
            }
            out.append(": ");
        }
        out.append(messages.raw("severity." + d.severity().label())).append(": ")
                .append(message(d));
        if (!d.field().isEmpty()) {
            out.append(" [").append(d.field()).append(']');
        }
        return out.toString();
    }

    /** Human form: the one-line message, a hint line and the source line with a caret. */
    public String text(List<Diagnostic> diagnostics, boolean withContext) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(oneLine(d)).append('\n');
            if (!withContext) {
                continue;
            }
            if (!d.sourceLine().isEmpty()) {
                out.append("    ").append(d.sourceLine()).append('\n');
                int caret = Math.max(0, d.column() - 1);
                out.append("    ").append(" ".repeat(displayWidth(d.sourceLine(), caret)))
                        .append("^\n");
            }
            String hint = hint(d);
            if (!hint.isEmpty()) {
                out.append("  ").append(messages.raw("label.hint")).append(": ").append(hint)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** "2 errors, 1 warning in 3 files"; "2 个错误，1 个警告，涉及 3 个文件". */
    public String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        long files =
                diagnostics.stream().map(Diagnostic::file).filter(f -> !f.isEmpty()).distinct()
                        .count();
        return messages.text("summary", "errors", errors, "error_word",
                messages.raw(errors == 1 ? "word.error" : "word.errors"), "warnings", warnings,
                "warning_word", messages.raw(warnings == 1 ? "word.warning" : "word.warnings"),
                "files", files, "file_word", messages.raw(files == 1 ? "word.file" : "word.files"));
    }

    public String json(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("  {\"file\":").append(quote(d.file()))
                    .append(",\"line\":").append(d.line())
                    .append(",\"column\":").append(d.column())
                    .append(",\"severity\":").append(quote(d.severity().label()))
                    .append(",\"rule\":").append(quote(d.rule()))
                    .append(",\"field\":").append(quote(d.field()))
                    .append(",\"message\":").append(quote(message(d)))
                    .append(",\"hint\":").append(quote(hint(d)))
                    .append('}');
        }
        return out.append(diagnostics.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Wide (CJK) characters take two terminal columns; the caret must line up under them. */
    private static int displayWidth(String line, int chars) {
        int width = 0;
        for (int i = 0; i < Math.min(chars, line.length()); i++) {
            char c = line.charAt(i);
            width += (c >= 0x1100 && Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON
                            || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60)
                    ? 2 : 1;
            if (c == '\t') {
                width += 3;
            }
        }
        return width;
    }
}

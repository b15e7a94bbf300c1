package org.noticeboard.diag;

import java.util.List;
import java.util.Locale;

/** Prints diagnostics as a compiler would, or as JSON for machines. */
public final class DiagnosticFormatter {

    /** Human form: the one-line message, a hint line and the source line with a caret. */
    public String text(List<Diagnostic> diagnostics, boolean withContext) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.oneLine()).append('\n');
            if (!withContext) {
                continue;
            }
            if (!d.sourceLine().isEmpty()) {
                out.append("    ").append(d.sourceLine()).append('\n');
                int caret = Math.max(0, d.column() - 1);
                out.append("    ").append(" ".repeat(displayWidth(d.sourceLine(), caret)))
                        .append("^\n");
            }
            if (!d.hint().isEmpty()) {
                out.append("  hint: ").append(d.hint()).append('\n');
            }
        }
        return out.toString();
    }

    /** "2 errors, 1 warning in 3 files". */
    public String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        long files =
                diagnostics.stream().map(Diagnostic::file).filter(f -> !f.isEmpty()).distinct()
                        .count();
        return String.format(
                Locale.ROOT,
                "%d %s, %d %s in %d %s",
                errors,
                errors == 1 ? "error" : "errors",
                warnings,
                warnings == 1 ? "warning" : "warnings",
                files,
                files == 1 ? "file" : "files");
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
                    .append(",\"field\":").append(quote(d.field()))
                    .append(",\"message\":").append(quote(d.message()))
                    .append(",\"hint\":").append(quote(d.hint()))
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

package org.noticeboard.cli;

import java.io.PrintStream;
import java.util.List;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.DiagnosticFormatter;

/** Prints diagnostics and messages the same way for every command. */
final class Reporter {

    private final PrintStream out;
    private final PrintStream err;
    private final DiagnosticFormatter formatter = new DiagnosticFormatter();

    Reporter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void diagnostics(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        err.print(formatter.text(diagnostics, true));
        err.println(formatter.summary(diagnostics));
    }

    void info(String message) {
        out.println(message);
    }

    void error(String message) {
        err.println("noticeboard: error: " + message);
    }
}

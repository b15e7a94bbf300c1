package org.noticeboard.cli;

import java.io.PrintStream;
import java.util.List;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.DiagnosticFormatter;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Messages;

/** Prints diagnostics and messages the same way for every command, in one language. */
final class Reporter {

    private final PrintStream out;
    private final PrintStream err;
    private final Language language;
    private final DiagnosticFormatter formatter;

    /** A reporter that speaks English, for the commands whose messages are not yet translated. */
    Reporter(PrintStream out, PrintStream err) {
        this(out, err, Language.EN);
    }

    Reporter(PrintStream out, PrintStream err, Language language) {
        this.out = out;
        this.err = err;
        this.language = language;
        this.formatter = new DiagnosticFormatter(language);
    }

    /** The same streams, another language: once site.yaml has said which. */
    Reporter in(Language other) {
        return new Reporter(out, err, other);
    }

    Language language() {
        return language;
    }

    DiagnosticFormatter formatter() {
        return formatter;
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

    void info(Message message) {
        out.println(text(message));
    }

    void error(String message) {
        err.println(text(Message.of("cli-error", "message", message)));
    }

    void error(Message message) {
        error(text(message));
    }

    /** A usage error, in this reporter's language when it was given a rule id. */
    void error(CommonOptions.UsageException e) {
        error(e.said().map(this::text).orElse(e.getMessage()));
    }

    String text(Message message) {
        return Messages.of(language).message(message);
    }
}

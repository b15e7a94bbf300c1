package org.noticeboard.rules;

import java.util.List;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Messages;
import org.noticeboard.diag.Severity;

/**
 * The checks earlier stages make (source, parse, schema, assemble, check), listed here so the
 * reference names every rule {@code noticeboard check} applies. Their code lives in those
 * stages, and their words are in the message bundles.
 */
final class StructureRules {

    private StructureRules() {}

    static final List<Rule> RULES = List.of(
            rule("unsafe-name", "source", Severity.ERROR),
            rule("front-matter", "parse", Severity.ERROR),
            rule("yaml-syntax", "parse", Severity.ERROR),
            rule("folder", "validate", Severity.ERROR),
            rule("unknown-field", "schema", Severity.ERROR),
            rule("required-field", "schema", Severity.ERROR),
            rule("wrong-type", "schema", Severity.ERROR),
            rule("not-a-date", "schema", Severity.ERROR),
            rule("not-allowed", "schema", Severity.ERROR),
            rule("type-mismatch", "validate", Severity.ERROR),
            rule("raw-html", "validate", Severity.ERROR),
            rule("posting-days-or-end", "assemble", Severity.ERROR),
            rule("posting-end-before-start", "assemble", Severity.ERROR),
            rule("working-days-year-missing", "assemble", Severity.WARNING),
            rule("schedule-days", "assemble", Severity.ERROR),
            rule("unknown-reference", "assemble", Severity.ERROR),
            rule("reference-to-draft", "assemble", Severity.ERROR),
            rule("duplicate-index-number", "assemble", Severity.ERROR),
            rule("catalogue-unknown-board", "config", Severity.ERROR),
            rule("catalogue-services", "config", Severity.ERROR),
            rule("broken-link", "check", Severity.ERROR));

    /** Its words are the English bundle's: the stage that reports it uses the same key. */
    private static Rule rule(String id, String stage, Severity severity) {
        Messages english = Messages.of(Language.EN);
        return new Rule(id, stage, severity, english.raw(id),
                english.has(id + ".hint") ? english.raw(id + ".hint") : "");
    }
}

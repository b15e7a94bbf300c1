package org.noticeboard.rules;

import java.util.List;
import org.noticeboard.diag.Severity;

/**
 * The checks earlier stages make (source, parse, schema, assemble, check), listed here so the
 * reference names every rule {@code noticeboard check} applies. Their code lives in those
 * stages; keep these texts in step with them.
 */
final class StructureRules {

    private StructureRules() {}

    static final List<Rule> RULES = List.of(
            rule("unsafe-name", "source", "unsafe file or folder name '{path}'",
                    "use only lowercase letters a-z, digits and hyphens"),
            rule("front-matter", "parse", "missing front matter: the file must start with a "
                    + "line '---'", "start the file with the fields between two '---' lines"),
            rule("yaml-syntax", "parse", "YAML syntax error: {problem}",
                    "check indentation and the ':' after each field name"),
            rule("folder", "validate", "unknown board '{board}' / unknown content type "
                    + "'{type}'", "did you mean …? the first folder is a board, the second a type"),
            rule("unknown-field", "schema", "unknown field '{name}'",
                    "did you mean '{suggestion}'?"),
            rule("required-field", "schema", "required field '{name}' is missing",
                    "add a line '{name}: {example}'"),
            rule("wrong-type", "schema", "'{name}' must be {expected}",
                    "for example: {name}: {example}"),
            rule("not-a-date", "schema", "'{value}' is not a real date",
                    "check the month (01-12) and the day; write YYYY-MM-DD"),
            rule("not-allowed", "schema", "'{value}' is not allowed for '{name}'",
                    "did you mean …? write one of the listed values"),
            rule("type-mismatch", "validate", "'type: {type}' does not match the folder "
                    + "'{folder}'", "move the file, or delete the type line"),
            rule("raw-html", "validate", "raw HTML is not allowed: {html}",
                    "write it in Markdown, or set 'raw_html: sanitize' in site.yaml"),
            rule("posting-days-or-end", "assemble",
                    "'posting' needs either 'days' or 'end' (exactly one of them)",
                    "write 'days: 7' (with 'day_type: calendar' or 'working') or 'end: …'"),
            rule("posting-end-before-start", "assemble", "'end' ({end}) is before 'start' "
                    + "({start})", "the posting period ends on or after the day it starts"),
            new Rule("working-days-year-missing", "assemble", Severity.WARNING,
                    "the holiday file has no data for {year}: working days are counted as "
                            + "Monday to Friday",
                    "add {year}'s public holidays and 调休 days to data/holidays.yaml"),
            rule("schedule-days", "assemble",
                    "'schedule' needs either 'monthly_days' or 'weekdays' (exactly one)",
                    "write e.g. 'monthly_days: [1, 15]' or 'weekdays: [wednesday]'"),
            rule("unknown-reference", "assemble", "'{id}' does not name any item",
                    "did you mean '{suggestion}'?"),
            rule("reference-to-draft", "assemble",
                    "'{id}' is a draft and will not be published",
                    "publish that item first, or remove the reference"),
            rule("duplicate-index-number", "assemble",
                    "index number '{index_no}' is also used by {file}",
                    "give each item its own index_no, or delete the line to generate one"),
            rule("catalogue-unknown-board", "config", "unknown board '{board}'",
                    "did you mean …? list board slugs declared under 'boards:'"),
            rule("catalogue-services", "config", "only a 'procedure' entry can list services",
                    "set 'type: procedure' or remove 'services'"),
            rule("broken-link", "check", "broken link to '{href}'",
                    "the generated page links to a file the build did not write"));

    private static Rule rule(String id, String stage, String message, String hint) {
        return new Rule(id, stage, Severity.ERROR, message, hint);
    }
}

package org.noticeboard.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noticeboard.diag.Severity;

/**
 * One rule {@code noticeboard check} enforces, declared as data so the reference documentation
 * is generated from the same text the editor sees. {@code message} and {@code hint} may hold
 * placeholders such as {@code {days}}, filled by name when the rule is reported.
 *
 * @param id a short stable name, e.g. {@code posting-too-short}
 * @param stage where it is checked: {@code schema}, {@code assemble} or {@code rules}
 */
public record Rule(String id, String stage, Severity severity, String message, String hint) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    static Rule error(String id, String message, String hint) {
        return new Rule(id, "rules", Severity.ERROR, message, hint);
    }

    static Rule warning(String id, String message, String hint) {
        return new Rule(id, "rules", Severity.WARNING, message, hint);
    }

    /** Fills {@code {name}} placeholders from name/value pairs; unknown names stay as written. */
    static String fill(String template, Object... pairs) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group();
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                if (pairs[i].equals(m.group(1))) {
                    value = String.valueOf(pairs[i + 1]);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

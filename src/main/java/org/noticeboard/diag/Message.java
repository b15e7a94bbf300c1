package org.noticeboard.diag;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a diagnostic says, before it is put into words: a rule id, the values that fill its
 * placeholders, and which hint goes with it. The bundles turn it into English or Chinese.
 *
 * @param rule the rule id, also the bundle key of the message, e.g. {@code unknown-field}
 * @param args placeholder values by name, as text (numbers too: a year must not become 2,026)
 * @param hintKey the bundle key of the hint: {@code <rule>.hint}, or a variant of it
 */
public record Message(String rule, Map<String, String> args, String hintKey) {

    /** No rule: the diagnostic's English text is all there is. */
    public static final Message NONE = new Message("", Map.of(), "");

    public Message {
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A message with name/value pairs: {@code Message.of("unknown-field", "name", name)}. */
    public static Message of(String rule, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders come in name/value pairs: " + rule);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            args.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
        }
        return new Message(rule, args, rule + ".hint");
    }

    /** The same message with another hint, {@code <rule>.hint.<variant>}. */
    public Message hint(String variant) {
        return new Message(rule, args, rule + ".hint." + variant);
    }

    /** The same message with one more placeholder value. */
    public Message with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(args);
        more.put(name, String.valueOf(value));
        return new Message(rule, more, hintKey);
    }
}

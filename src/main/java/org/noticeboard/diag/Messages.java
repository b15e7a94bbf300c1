package org.noticeboard.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundle of one language ({@code messages_en.properties}, {@code
 * messages_zh.properties}, UTF-8), keyed by rule id, with {@code <rule>.hint} for hints.
 *
 * <p>Texts name their placeholders ({@code 'fee' {fee} …}) so a translator sees what goes
 * where, and {@code word.<name>} values are words of the bundle; they are turned into {@link MessageFormat} patterns with every apostrophe literal,
 * because quoted field names ({@code 'title'}) fill these messages.
 */
public final class Messages {

    static final String BUNDLE = "/org/noticeboard/diag/messages_%s.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final Map<Language, Messages> LOADED = loadAll();

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages of(Language language) {
        return LOADED.get(language);
    }

    public Language language() {
        return language;
    }

    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The raw text of {@code key}, placeholders unfilled; the key itself if it is missing. */
    public String raw(String key) {
        return texts.getOrDefault(key, key);
    }

    public String message(Message m) {
        return format(m.rule(), m.args());
    }

    /** The hint, or empty when the rule has none. */
    public String hint(Message m) {
        return texts.containsKey(m.hintKey()) ? format(m.hintKey(), m.args()) : "";
    }

    /** The text of {@code key} with its placeholders filled from name/value pairs. */
    public String text(String key, Object... pairs) {
        return message(Message.of(key, pairs));
    }

    /** Fills {@code key}'s text; a placeholder without a value stays as written. */
    public String format(String key, Map<String, String> args) {
        String text = raw(key);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder pattern = new StringBuilder();
        List<Object> values = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String value = word(args.get(m.group(1)));
            pattern.append(literal(text.substring(from, m.start())));
            if (value == null) {
                pattern.append(literal(m.group()));
            } else {
                pattern.append('{').append(values.size()).append('}');
                values.add(value);
            }
            from = m.end();
        }
        pattern.append(literal(text.substring(from)));
        return new MessageFormat(pattern.toString(), language.locale()).format(values.toArray());
    }

    /**
     * A value the code passes as {@code word.<name>} is a word of this bundle ("condition",
     * 条件); any other value is the editor's own text and stays as written.
     */
    private String word(String value) {
        return value != null && value.startsWith("word.") && texts.containsKey(value)
                ? texts.get(value) : value;
    }

    /** Text that MessageFormat prints as it is: apostrophes and braces quoted. */
    private static String literal(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }

    /** The placeholder names a text uses. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<Language, Messages> loadAll() {
        Map<Language, Messages> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, new Messages(language, load(language)));
        }
        return all;
    }

    private static Map<String, String> load(Language language) {
        String path = String.format(BUNDLE, language.code());
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing: " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new java.util.HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

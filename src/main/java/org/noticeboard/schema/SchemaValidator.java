package org.noticeboard.schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.TimeLimit;
import org.noticeboard.parse.KeyboardSlips;
import org.noticeboard.parse.YamlDocument;

/**
 * The validate stage for one file: checks front matter against its type's field specs and
 * converts each value to its Java type. Reports every problem with the field's line; unknown
 * fields get a "did you mean".
 */
public final class SchemaValidator {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ITEM_ID =
            Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z]+/[a-z0-9][a-z0-9-]*");
    /** Landline with area code, service numbers such as 12345, 400 numbers and mobiles. */
    private static final Pattern PHONE =
            Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,5})?|1[3-9]\\d{9}|\\d{5}|400-?\\d{3}-?\\d{4}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    private final boolean samples;

    /** A validator for content: a placeholder left in a field is an error. */
    public SchemaValidator() {
        this(false);
    }

    private SchemaValidator(boolean samples) {
        this.samples = samples;
    }

    /**
     * A validator for the site's configuration as {@code noticeboard init} writes it: a text
     * or phone field still holding its placeholder is kept as written (so every page shows
     * it is not a real value) and is a warning, not an error, so a new site builds at once.
     */
    public static SchemaValidator allowingSamples() {
        return new SchemaValidator(true);
    }

    /** Validates {@code doc} against {@code specs}; empty if there were errors. */
    public Optional<Fields> validate(
            YamlDocument doc, List<FieldSpec> specs, String file, Diagnostics diagnostics) {
        Run run = new Run(doc, file, diagnostics, samples);
        Fields fields = run.object(doc.root(), specs, "");
        return run.failed ? Optional.empty() : Optional.of(fields);
    }

    private static final class Run {
        private final YamlDocument doc;
        private final String file;
        private final Diagnostics diagnostics;
        private final boolean samples;
        private boolean failed;

        Run(YamlDocument doc, String file, Diagnostics diagnostics, boolean samples) {
            this.doc = doc;
            this.file = file;
            this.diagnostics = diagnostics;
            this.samples = samples;
        }

        Fields object(Map<?, ?> map, List<FieldSpec> specs, String prefix) {
            Map<String, FieldSpec> byName = new LinkedHashMap<>();
            specs.forEach(s -> byName.put(s.name(), s));
            for (Object key : map.keySet()) {
                String name = key.toString();
                if (!byName.containsKey(name)) {
                    String path = prefix + name;
                    Message unknown = Message.of("unknown-field", "name", name,
                            "known", String.join(", ", byName.keySet()));
                    error(path + "#key", path, Suggestions.closest(name, byName.keySet())
                            .map(s -> unknown.with("suggestion", s))
                            .orElseGet(() -> unknown.hint("list")));
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (FieldSpec spec : specs) {
                String path = prefix + spec.name();
                Object raw = map.get(spec.name());
                if (raw == null || raw instanceof String s && s.isBlank()) {
                    if (spec.required()) {
                        String at = map.containsKey(spec.name()) ? path : prefix.isEmpty() ? ""
                                : prefix.substring(0, prefix.length() - 1);
                        error(at, path, Message.of(map.containsKey(spec.name())
                                        ? "required-field-empty" : "required-field",
                                "name", spec.name(), "example", spec.example()));
                    }
                    continue;
                }
                if (Placeholders.is(raw)) {
                    if (keptAsSample(spec.kind() == FieldKind.TEXT
                            || spec.kind() == FieldKind.PHONE, spec, path)) {
                        out.put(spec.name(), raw.toString().strip());
                    }
                    continue;
                }
                Object value = value(raw, spec, path);
                if (value != null) {
                    out.put(spec.name(), value);
                }
            }
            return new Fields(out);
        }

        private Object value(Object raw, FieldSpec spec, String path) {
            return switch (spec.kind()) {
                case TEXT -> text(raw, spec, path);
                case DATE -> date(raw, spec, path);
                case BOOLEAN -> raw instanceof Boolean b ? b
                        : wrong(path, spec, "wrong-type-boolean");
                case INTEGER -> raw instanceof Long l && l >= 0 && l < 100_000 ? (Object) l.intValue()
                        : wrong(path, spec, "wrong-type-integer");
                case ENUM -> enumValue(raw, spec, path);
                case TEXT_LIST -> list(raw, spec, path, (v, p) -> text(v, spec, p));
                case ITEM_REF -> itemRef(raw, spec, path);
                case ITEM_REF_LIST -> list(raw, spec, path, (v, p) -> itemRef(v, spec, p));
                case PHONE -> matching(raw, spec, path, PHONE, "wrong-type-phone");
                case PHONE_LIST -> list(raw, spec, path, (v, p) -> matching(v, spec, p, PHONE,
                        "wrong-type-phone"));
                case URL -> webAddress(raw, spec, path);
                case TIME_LIMIT -> timeLimit(raw, spec, path);
                case WEEKDAY_LIST -> list(raw, spec, path, (v, p) -> weekday(v, spec, p));
                case INTEGER_LIST -> list(raw, spec, path, (v, p) ->
                        v instanceof Long l && l >= 1 && l <= 31 ? (Object) l.intValue()
                                : wrong(p, spec, "wrong-type-month-days"));
                case MAP -> raw instanceof Map<?, ?> m ? object(m, spec.fields(), path + ".")
                        : wrong(path, spec, "wrong-type-map");
                case MAP_LIST -> list(raw, spec, path, (v, p) -> v instanceof Map<?, ?> m
                        ? object(m, spec.fields(), p + ".")
                        : wrong(p, spec, "wrong-type-map-entry"));
            };
        }

        private Object text(Object raw, FieldSpec spec, String path) {
            if (raw instanceof Map || raw instanceof List) {
                return wrong(path, spec, "wrong-type-text");
            }
            String text = raw.toString().strip();
            int control = firstControl(text);
            if (control >= 0) {
                error(path, path, Message.of("control-character", "name", spec.name(),
                        "code", String.format(Locale.ROOT, "U+%04X", (int) text.charAt(control))));
                return null;
            }
            return text;
        }

        /** A C0 control or DEL other than tab and line feed, which never belong in text. */
        private static int firstControl(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                    return i;
                }
            }
            return -1;
        }

        private Object date(Object raw, FieldSpec spec, String path) {
            String s = raw.toString().strip();
            if (DATE.matcher(s).matches()) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    error(path, path, Message.of("not-a-date", "value", s));
                    return null;
                }
            }
            Optional<Message> slip = KeyboardSlips.inDate(spec.name(), s);
            if (slip.isPresent()) {
                error(path, path, slip.get());
                return null;
            }
            return wrong(path, spec, "wrong-type-date");
        }

        private Object enumValue(Object raw, FieldSpec spec, String path) {
            String s = raw.toString().strip();
            if (spec.values().contains(s)) {
                return s;
            }
            Message refused = Message.of("not-allowed", "value", s, "name", spec.name(),
                    "values", String.join(", ", spec.values()));
            error(path, path, Suggestions.closest(s, spec.values())
                    .map(v -> refused.with("suggestion", v))
                    .orElseGet(() -> refused.hint("list")));
            return null;
        }

        private Object itemRef(Object raw, FieldSpec spec, String path) {
            String s = raw.toString().strip();
            return ITEM_ID.matcher(s).matches() ? s
                    : wrong(path, spec, "wrong-type-item-id");
        }

        private Object matching(Object raw, FieldSpec spec, String path, Pattern p, String rule) {
            String s = raw.toString().strip();
            return p.matcher(s).matches() ? s : wrong(path, spec, rule);
        }

        private Object webAddress(Object raw, FieldSpec spec, String path) {
            Object s = matching(raw, spec, path, URL, "wrong-type-url");
            Optional<String> problem = s == null ? Optional.empty()
                    : WebAddress.problem(s.toString());
            if (problem.isEmpty()) {
                return s;
            }
            error(path, path, Message.of("wrong-type-web-address", "name", spec.name(),
                    "problem", problem.get(), "example", spec.example()));
            return null;
        }

        private Object timeLimit(Object raw, FieldSpec spec, String path) {
            Optional<TimeLimit> limit = TimeLimit.parse(raw.toString());
            return limit.isPresent() ? limit.get() : wrong(path, spec, "wrong-type-time-limit");
        }

        private Object weekday(Object raw, FieldSpec spec, String path) {
            DayOfWeek d = WEEKDAYS.get(raw.toString().strip().toLowerCase(Locale.ROOT));
            return d != null ? d : wrong(path, spec, "wrong-type-weekday");
        }

        private Object list(Object raw, FieldSpec spec, String path, Element element) {
            List<?> items = raw instanceof List<?> l ? l : List.of(raw);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String p = raw instanceof List ? path + "." + i : path;
                if (Placeholders.is(items.get(i))) {
                    if (keptAsSample(spec.kind() == FieldKind.TEXT_LIST, spec, p)) {
                        out.add(items.get(i).toString().strip());
                    }
                    continue;
                }
                Object v = element.convert(items.get(i), p);
                if (v != null) {
                    out.add(v);
                }
            }
            return List.copyOf(out);
        }

        /** Whether a placeholder is kept as a sample value (with a warning) or an error. */
        private boolean keptAsSample(boolean textual, FieldSpec spec, String path) {
            if (!samples || !textual) {
                placeholder(spec, path);
                return false;
            }
            diagnostics.warning(new Position(file, doc.lineOf(path), doc.columnOf(path)), path,
                    Message.of("placeholder-kept", "name", spec.name(), "mark",
                            Placeholders.MARK, "example", spec.example()));
            return true;
        }

        private void placeholder(FieldSpec spec, String path) {
            Message m = Message.of("placeholder", "name", spec.name(), "mark", Placeholders.MARK,
                    "example", spec.example(), "values", String.join(", ", spec.values()));
            error(path, path, spec.values().isEmpty() ? m : m.hint("values"));
        }

        /** @param rule what was expected, e.g. {@code wrong-type-date} */
        private Object wrong(String path, FieldSpec spec, String rule) {
            error(path, path, Message.of(rule, "name", spec.name(),
                    "example", spec.example()));
            return null;
        }

        private void error(String at, String field, Message message) {
            failed = true;
            int line = doc.lineOf(at);
            int column = doc.columnOf(at);
            diagnostics.error(new Position(file, line, column), field.replace("#key", ""),
                    message);
        }
    }

    @FunctionalInterface
    private interface Element {
        Object convert(Object raw, String path);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> m = new LinkedHashMap<>();
        String[] zh = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
        for (DayOfWeek d : DayOfWeek.values()) {
            m.put(d.name().toLowerCase(Locale.ROOT), d);
            m.put(zh[d.ordinal()], d);
        }
        m.put("星期日", DayOfWeek.SUNDAY);
        return Map.copyOf(m);
    }
}

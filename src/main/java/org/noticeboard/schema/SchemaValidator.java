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
import org.noticeboard.diag.Position;
import org.noticeboard.model.TimeLimit;
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

    /** Validates {@code doc} against {@code specs}; empty if there were errors. */
    public Optional<Fields> validate(
            YamlDocument doc, List<FieldSpec> specs, String file, Diagnostics diagnostics) {
        Run run = new Run(doc, file, diagnostics);
        Fields fields = run.object(doc.root(), specs, "");
        return run.failed ? Optional.empty() : Optional.of(fields);
    }

    private static final class Run {
        private final YamlDocument doc;
        private final String file;
        private final Diagnostics diagnostics;
        private boolean failed;

        Run(YamlDocument doc, String file, Diagnostics diagnostics) {
            this.doc = doc;
            this.file = file;
            this.diagnostics = diagnostics;
        }

        Fields object(Map<?, ?> map, List<FieldSpec> specs, String prefix) {
            Map<String, FieldSpec> byName = new LinkedHashMap<>();
            specs.forEach(s -> byName.put(s.name(), s));
            for (Object key : map.keySet()) {
                String name = key.toString();
                if (!byName.containsKey(name)) {
                    String path = prefix + name;
                    String hint = Suggestions.closest(name, byName.keySet())
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("known fields: " + String.join(", ", byName.keySet()));
                    error(path + "#key", path, "unknown field '" + name + "'", hint);
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
                        error(at, path, "required field '" + spec.name() + "' is missing"
                                + (map.containsKey(spec.name()) ? " (it is empty)" : ""),
                                "add a line '" + spec.name() + ": " + spec.example() + "'");
                    }
                    continue;
                }
                if (Placeholders.is(raw)) {
                    placeholder(spec, path);
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
                        : wrong(path, spec, "true or false");
                case INTEGER -> raw instanceof Long l && l >= 0 && l < 100_000 ? (Object) l.intValue()
                        : wrong(path, spec, "a whole number");
                case ENUM -> enumValue(raw, spec, path);
                case TEXT_LIST -> list(raw, spec, path, (v, p) -> text(v, spec, p));
                case ITEM_REF -> itemRef(raw, spec, path);
                case ITEM_REF_LIST -> list(raw, spec, path, (v, p) -> itemRef(v, spec, p));
                case PHONE -> matching(raw, spec, path, PHONE,
                        "a phone number with its area code, e.g. 010-65212345");
                case PHONE_LIST -> list(raw, spec, path, (v, p) -> matching(v, spec, p, PHONE,
                        "a phone number with its area code, e.g. 010-65212345"));
                case URL -> webAddress(raw, spec, path);
                case TIME_LIMIT -> timeLimit(raw, spec, path);
                case WEEKDAY_LIST -> list(raw, spec, path, (v, p) -> weekday(v, spec, p));
                case INTEGER_LIST -> list(raw, spec, path, (v, p) ->
                        v instanceof Long l && l >= 1 && l <= 31 ? (Object) l.intValue()
                                : wrong(p, spec, "days of the month from 1 to 31"));
                case MAP -> raw instanceof Map<?, ?> m ? object(m, spec.fields(), path + ".")
                        : wrong(path, spec, "fields on indented lines below '" + spec.name() + ":'");
                case MAP_LIST -> list(raw, spec, path, (v, p) -> v instanceof Map<?, ?> m
                        ? object(m, spec.fields(), p + ".")
                        : wrong(p, spec, "an entry with fields, e.g. " + spec.example()));
            };
        }

        private Object text(Object raw, FieldSpec spec, String path) {
            if (raw instanceof Map || raw instanceof List) {
                return wrong(path, spec, "text on one line");
            }
            String text = raw.toString().strip();
            int control = firstControl(text);
            if (control >= 0) {
                error(path, path, String.format(Locale.ROOT, "'%s' holds the invisible control "
                        + "character U+%04X", spec.name(), (int) text.charAt(control)),
                        "delete it (it usually comes pasted along with text from another "
                                + "program); pages would otherwise be invalid HTML");
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
                    error(path, path, "'" + s + "' is not a real date",
                            "check the month (01-12) and the day; write YYYY-MM-DD");
                    return null;
                }
            }
            return wrong(path, spec, "a date written YYYY-MM-DD, e.g. " + spec.example());
        }

        private Object enumValue(Object raw, FieldSpec spec, String path) {
            String s = raw.toString().strip();
            if (spec.values().contains(s)) {
                return s;
            }
            String hint = Suggestions.closest(s, spec.values())
                    .map(v -> "did you mean '" + v + "'? ").orElse("")
                    + "write one of: " + String.join(", ", spec.values());
            error(path, path, "'" + s + "' is not allowed for '" + spec.name() + "'", hint);
            return null;
        }

        private Object itemRef(Object raw, FieldSpec spec, String path) {
            String s = raw.toString().strip();
            return ITEM_ID.matcher(s).matches() ? s
                    : wrong(path, spec, "an item id board/type/slug, e.g. " + spec.example());
        }

        private Object matching(Object raw, FieldSpec spec, String path, Pattern p, String what) {
            String s = raw.toString().strip();
            return p.matcher(s).matches() ? s : wrong(path, spec, what);
        }

        private Object webAddress(Object raw, FieldSpec spec, String path) {
            Object s = matching(raw, spec, path, URL, "an address starting with https://");
            Optional<String> problem = s == null ? Optional.empty()
                    : WebAddress.problem(s.toString());
            return problem.isEmpty() ? s : wrong(path, spec, "a valid web address ("
                    + problem.get() + ")");
        }

        private Object timeLimit(Object raw, FieldSpec spec, String path) {
            Optional<TimeLimit> limit = TimeLimit.parse(raw.toString());
            return limit.isPresent() ? limit.get() : wrong(path, spec,
                    "a time limit such as 即时办结, 5个工作日, 30日 or 20 working days");
        }

        private Object weekday(Object raw, FieldSpec spec, String path) {
            DayOfWeek d = WEEKDAYS.get(raw.toString().strip().toLowerCase(Locale.ROOT));
            return d != null ? d : wrong(path, spec, "a weekday: monday … sunday or 周一 … 周日");
        }

        private Object list(Object raw, FieldSpec spec, String path, Element element) {
            List<?> items = raw instanceof List<?> l ? l : List.of(raw);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String p = raw instanceof List ? path + "." + i : path;
                if (Placeholders.is(items.get(i))) {
                    placeholder(spec, p);
                    continue;
                }
                Object v = element.convert(items.get(i), p);
                if (v != null) {
                    out.add(v);
                }
            }
            return List.copyOf(out);
        }

        private void placeholder(FieldSpec spec, String path) {
            error(path, path, "'" + spec.name() + "' is still '" + Placeholders.MARK
                    + "': fill it in", "for example: " + spec.name() + ": " + spec.example()
                    + (spec.values().isEmpty() ? "" : " (one of: "
                            + String.join(", ", spec.values()) + ")"));
        }

        private Object wrong(String path, FieldSpec spec, String expected) {
            error(path, path, "'" + spec.name() + "' must be " + expected,
                    "for example: " + spec.name() + ": " + spec.example());
            return null;
        }

        private void error(String at, String field, String message, String hint) {
            failed = true;
            int line = doc.lineOf(at);
            int column = doc.columnOf(at);
            diagnostics.error(new Position(file, line, column), field.replace("#key", ""),
                    message, hint);
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

package org.noticeboard.schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.noticeboard.model.TimeLimit;

/** Front-matter values after validation, each converted to its field's Java type. */
public record Fields(Map<String, Object> values) {

    public Fields {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public String text(String name) {
        Object v = values.get(name);
        return v == null ? "" : v.toString();
    }

    public Optional<LocalDate> date(String name) {
        return Optional.ofNullable((LocalDate) values.get(name));
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public int integer(String name, int fallback) {
        Object v = values.get(name);
        return v == null ? fallback : (Integer) v;
    }

    public Optional<TimeLimit> timeLimit(String name) {
        return Optional.ofNullable((TimeLimit) values.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<Integer>) v;
    }

    @SuppressWarnings("unchecked")
    public List<DayOfWeek> weekdays(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<DayOfWeek>) v;
    }

    public Fields map(String name) {
        Object v = values.get(name);
        return v instanceof Fields f ? f : new Fields(Map.of());
    }

    @SuppressWarnings("unchecked")
    public List<Fields> maps(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<Fields>) v;
    }
}

package org.noticeboard.schema;

import java.util.List;

/**
 * One front-matter field of a content type: the single source of validation and of the README's
 * field reference.
 *
 * @param values the allowed values of an ENUM field
 * @param fields the sub-fields of a MAP or MAP_LIST field
 */
public record FieldSpec(
        String name,
        FieldKind kind,
        boolean required,
        String meaning,
        String example,
        List<String> values,
        List<FieldSpec> fields) {

    public FieldSpec {
        values = List.copyOf(values);
        fields = List.copyOf(fields);
    }

    static FieldSpec required(String name, FieldKind kind, String meaning, String example) {
        return new FieldSpec(name, kind, true, meaning, example, List.of(), List.of());
    }

    static FieldSpec optional(String name, FieldKind kind, String meaning, String example) {
        return new FieldSpec(name, kind, false, meaning, example, List.of(), List.of());
    }

    FieldSpec oneOf(String... allowed) {
        return new FieldSpec(name, kind, required, meaning, example, List.of(allowed), fields);
    }

    FieldSpec with(FieldSpec... sub) {
        return new FieldSpec(name, kind, required, meaning, example, values, List.of(sub));
    }
}

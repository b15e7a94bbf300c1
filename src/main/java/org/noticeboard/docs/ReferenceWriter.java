package org.noticeboard.docs;

import java.util.List;
import java.util.stream.Collectors;
import org.noticeboard.config.ConfigSchema;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Messages;
import org.noticeboard.model.ContentType;
import org.noticeboard.rules.Rule;
import org.noticeboard.rules.RuleBook;
import org.noticeboard.schema.FieldKind;
import org.noticeboard.schema.FieldSpec;
import org.noticeboard.schema.Schemas;

/**
 * Writes docs/content-reference.md from the declarations the code validates with (the content
 * schemas, the site.yaml schema and the rule book), so the reference cannot drift from them.
 * A test fails when the committed file differs from {@link #write()}.
 */
public final class ReferenceWriter {

    public static final String PATH = "docs/content-reference.md";

    public String write() {
        StringBuilder out = new StringBuilder();
        out.append(ReferenceText.INTRO);
        out.append("## Value types\n\n| type | how to write it |\n|---|---|\n");
        for (FieldKind kind : FieldKind.values()) {
            out.append("| ").append(kind.label()).append(" | ").append(cell(ReferenceText
                    .howToWrite(kind))).append(" |\n");
        }
        out.append("\n## Fields of every content type\n\n");
        out.append("Every item may have these fields. `published` is required for every type "
                + "except `page`.\n\n");
        table(out, Schemas.common(ContentType.POLICY));
        for (ContentType type : ContentType.values()) {
            out.append("\n## ").append(type.id()).append(" (").append(type.nameZh())
                    .append(", ").append(type.nameEn().toLowerCase()).append(")\n\n");
            List<FieldSpec> own = Schemas.specific(type);
            if (own.isEmpty()) {
                out.append("No fields beyond the common ones; the body says it all.\n");
            } else {
                table(out, own);
            }
        }
        out.append("\n## site.yaml\n\n");
        table(out, ConfigSchema.site());
        out.append(ReferenceText.CATALOGUE);
        out.append(ReferenceText.LIFECYCLE);
        out.append(ReferenceText.RULES_INTRO);
        out.append("| rule | stage | severity | message | fix |\n|---|---|---|---|---|\n");
        for (Rule rule : RuleBook.all()) {
            out.append("| `").append(rule.id()).append("` | ").append(rule.stage())
                    .append(" | ").append(rule.severity().label()).append(" | ")
                    .append(cell(rule.message())).append(" | ").append(cell(rule.hint()))
                    .append(" |\n");
        }
        messages(out);
        return out.toString();
    }

    /** Every message in both languages, from the bundles the formatter words them with. */
    private static void messages(StringBuilder out) {
        Messages en = Messages.of(Language.EN);
        Messages zh = Messages.of(Language.ZH);
        out.append(ReferenceText.MESSAGES_INTRO);
        out.append("| key | English | 中文 |\n|---|---|---|\n");
        for (String key : en.keys()) {
            out.append("| `").append(key).append("` | ").append(cell(en.raw(key))).append(" | ")
                    .append(cell(zh.raw(key))).append(" |\n");
        }
    }

    private static void table(StringBuilder out, List<FieldSpec> specs) {
        out.append("| field | type | required | meaning | example |\n|---|---|---|---|---|\n");
        rows(out, specs, "");
    }

    private static void rows(StringBuilder out, List<FieldSpec> specs, String prefix) {
        for (FieldSpec s : specs) {
            out.append("| `").append(prefix).append(s.name()).append("` | ")
                    .append(cell(type(s))).append(" | ").append(s.required() ? "yes" : "no")
                    .append(" | ").append(cell(s.meaning())).append(" | `")
                    .append(s.example().replace("|", "\\|").replace("`", "'")).append("` |\n");
            String sub = s.kind() == FieldKind.MAP_LIST ? prefix + s.name() + "[]."
                    : prefix + s.name() + ".";
            rows(out, s.fields(), sub);
        }
    }

    private static String type(FieldSpec s) {
        if (s.kind() == FieldKind.ENUM) {
            return "one of " + s.values().stream().map(v -> "`" + v + "`")
                    .collect(Collectors.joining(", "));
        }
        if (s.kind() == FieldKind.MAP || s.kind() == FieldKind.MAP_LIST) {
            return s.kind().label() + " (below)";
        }
        return s.kind().label();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

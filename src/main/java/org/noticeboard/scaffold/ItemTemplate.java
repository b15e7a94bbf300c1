package org.noticeboard.scaffold;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.noticeboard.model.ContentType;
import org.noticeboard.schema.FieldKind;
import org.noticeboard.schema.FieldSpec;
import org.noticeboard.schema.Placeholders;
import org.noticeboard.schema.Schemas;

/**
 * The text of a new item, generated from the type's schema so it never drifts from what
 * {@code check} expects: every required field, each under a Chinese comment saying what to
 * write; the placeholder {@value Placeholders#MARK} wherever a value must be chosen (it fails
 * {@code check} until replaced); today's date where today is the natural answer; and the optional
 * fields as commented-out lines to switch on.
 */
final class ItemTemplate {

    /** Optional fields a required group cannot do without: one of each pair is needed. */
    private static final Map<String, String> ALSO_NEEDED = Map.of(
            "posting.days", "或者删去这一行，改写 end: 结束日期",
            "schedule.weekdays", "或者改写 monthly_days: [1, 15]（每月几号）",
            "schedule.from", "只接待一次时删去这一行和上一行，改写 date: 接待日期",
            "objections", "公告、通知不受理异议：删去这一段",
            "period", "不定期检查或暗访可以删去这一行");
    private static final List<String> NOT_OFFERED = List.of("type", "pii_waiver", "index_no");

    private final LocalDate today;
    private final int postingDays;

    ItemTemplate(LocalDate today, int postingDays) {
        this.today = today;
        this.postingDays = postingDays;
    }

    String render(ContentType type, String title) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("# ").append(type.nameZh()).append("（").append(type.id()).append("）。")
                .append("把每个“").append(Placeholders.MARK).append("”换成实际内容，")
                .append("然后运行 noticeboard check 检查。\n");
        List<FieldSpec> fields = Schemas.of(type);
        for (FieldSpec spec : fields) {
            if (spec.name().equals("title")) {
                comment(out, "", "title", spec);
                out.append("title: ").append(quote(title)).append('\n');
            } else if (spec.required() || ALSO_NEEDED.containsKey(spec.name())) {
                field(out, "", spec, "");
            }
        }
        out.append("# —— 以下为可选字段：需要时删去行首的“# ” ——\n");
        for (FieldSpec spec : fields) {
            if (!spec.required() && !NOT_OFFERED.contains(spec.name())
                    && spec.kind() != FieldKind.MAP && spec.kind() != FieldKind.MAP_LIST) {
                FieldLabels.Label label = FieldLabels.of(spec.name(), spec);
                out.append("# ").append(spec.name()).append(": ").append(spec.example())
                        .append("    # ").append(label.label()).append('\n');
            }
        }
        out.append("---\n").append(Placeholders.MARK).append("：在这里写正文。\n");
        return out.toString();
    }

    private void field(StringBuilder out, String indent, FieldSpec spec, String parent) {
        String path = parent.isEmpty() ? spec.name() : parent + "." + spec.name();
        comment(out, indent, path, spec);
        out.append(indent).append(spec.name()).append(':');
        switch (spec.kind()) {
            case MAP -> {
                out.append('\n');
                for (FieldSpec sub : spec.fields()) {
                    if (sub.required() || ALSO_NEEDED.containsKey(path + "." + sub.name())) {
                        field(out, indent + "  ", sub, path);
                    }
                }
            }
            case MAP_LIST -> {
                out.append('\n');
                String first = indent + "  - ";
                for (FieldSpec sub : spec.fields().stream().filter(FieldSpec::required).toList()) {
                    out.append(first).append(sub.name()).append(": ").append(value(sub, path))
                            .append("    # ").append(FieldLabels.of(path + "." + sub.name(), sub)
                                    .label()).append('\n');
                    first = indent + "    ";
                }
            }
            case TEXT_LIST, ITEM_REF_LIST -> {
                out.append('\n');
                for (int i = 0; i < entries(spec); i++) {
                    out.append(indent).append("  - ").append(Placeholders.MARK).append('\n');
                }
            }
            case WEEKDAY_LIST, INTEGER_LIST -> out.append(" [").append(Placeholders.MARK)
                    .append("]\n");
            default -> out.append(' ').append(value(spec, parent)).append('\n');
        }
    }

    /** As many entries as the schema's example has: three steps, one condition… */
    private static int entries(FieldSpec spec) {
        String example = spec.example();
        return example.startsWith("[") ? Math.max(1, example.split(",").length) : 1;
    }

    private String value(FieldSpec spec, String parent) {
        String path = parent.isEmpty() ? spec.name() : parent + "." + spec.name();
        return switch (path) {
            case "published", "posting.start" -> today.toString();
            case "posting.days" -> String.valueOf(postingDays);
            default -> Placeholders.MARK;
        };
    }

    private static void comment(StringBuilder out, String indent, String path, FieldSpec spec) {
        FieldLabels.Label label = FieldLabels.of(path, spec);
        out.append(indent).append("# ").append(label.label());
        if (!label.hint().isEmpty()) {
            out.append("：").append(label.hint());
        }
        if (!spec.values().isEmpty()) {
            out.append("（可选：").append(String.join(" / ", spec.values())).append("）");
        }
        if (ALSO_NEEDED.containsKey(path)) {
            out.append("；").append(ALSO_NEEDED.get(path));
        }
        out.append('\n');
    }

    /** A YAML double-quoted string: titles may hold colons, quotes or a leading '#'. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

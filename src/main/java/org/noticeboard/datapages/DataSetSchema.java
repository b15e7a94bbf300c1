package org.noticeboard.datapages;

import java.util.List;
import org.noticeboard.schema.FieldKind;
import org.noticeboard.schema.FieldSpec;

/** The fields of a data table file, declared once: validation and the README's reference. */
final class DataSetSchema {

    private DataSetSchema() {}

    static final List<FieldSpec> FIELDS = List.of(
            field("title", FieldKind.TEXT, true, "Title of the table and its page",
                    "2026年各公开栏监督检查结果"),
            field("summary", FieldKind.TEXT, false, "One sentence shown in the list of data",
                    "各公开栏每季度检查发现的问题数"),
            field("source", FieldKind.TEXT, true, "Who compiled the figures", "街道纪工委"),
            field("updated", FieldKind.DATE, true, "When the figures were last updated",
                    "2026-11-20"),
            field("unit", FieldKind.TEXT, false, "What the figures count", "项"),
            field("row_header", FieldKind.TEXT, true, "Heading of the first column", "公开栏"),
            field("columns", FieldKind.TEXT_LIST, true, "Headings of the figure columns",
                    "[第一季度, 第二季度]"),
            new FieldSpec("rows", FieldKind.MAP_LIST, true, "One entry per row",
                    "{label: 和平街道办事处, values: [3, 1]}", List.of(), List.of(
                            field("label", FieldKind.TEXT, true, "What the row is",
                                    "和平街道办事处"),
                            field("values", FieldKind.TEXT_LIST, true,
                                    "One number per column; ~ when not yet known", "[3, 1]"))),
            new FieldSpec("chart", FieldKind.ENUM, false, "How the table is drawn (default bar)",
                    "bar", List.of("bar", "none"), List.of()),
            field("note", FieldKind.TEXT, false, "A note shown under the table",
                    "第四季度检查于12月进行"));

    private static FieldSpec field(String name, FieldKind kind, boolean required, String meaning,
            String example) {
        return new FieldSpec(name, kind, required, meaning, example, List.of(), List.of());
    }
}

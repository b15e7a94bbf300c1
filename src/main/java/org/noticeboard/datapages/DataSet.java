package org.noticeboard.datapages;

import java.time.LocalDate;
import java.util.List;

/**
 * One table of figures kept as a data file ({@code content/data/statistics/<slug>.yaml}): the
 * supervision results of a year, the figures of an annual report… shown as a page with the table
 * and a chart drawn from it.
 *
 * @param rowHeader the heading of the first column (what each row is, e.g. 公开栏)
 * @param unit what the numbers count, e.g. 项 or 条; may be empty
 * @param chart {@code bar} or {@code none}
 */
public record DataSet(
        String slug,
        String title,
        String summary,
        String source,
        LocalDate updated,
        String unit,
        String rowHeader,
        List<String> columns,
        List<DataRow> rows,
        String chart,
        String note) {

    public DataSet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The largest figure in the table, 0 when there is none: the chart's scale. */
    public double max() {
        return rows.stream().flatMap(r -> r.values().stream()).filter(v -> !v.isNaN())
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }
}

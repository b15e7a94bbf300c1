package org.noticeboard.datapages;

import java.util.List;

/**
 * One row of a data table.
 *
 * @param shown each figure as written in the data file ("" when not yet known)
 * @param values the same figures as numbers, {@code NaN} when not yet known
 */
public record DataRow(String label, List<String> shown, List<Double> values) {

    public DataRow {
        shown = List.copyOf(shown);
        values = List.copyOf(values);
    }
}

package org.noticeboard.datapages;

import java.util.List;

/** Every data table of the site, in file-name order. */
public record DataSets(List<DataSet> all) {

    public static final DataSets NONE = new DataSets(List.of());

    public DataSets {
        all = List.copyOf(all);
    }
}

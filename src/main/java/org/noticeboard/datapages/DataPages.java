package org.noticeboard.datapages;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.noticeboard.model.Item;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.render.ItemFiles;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;
import org.noticeboard.render.view.Link;

/**
 * The data pages: {@code data/index.html} lists every data table, {@code data/<slug>.html} shows
 * one as a table with a bar chart drawn at build time, and {@code data/<slug>.csv} gives its
 * figures to download.
 */
public final class DataPages implements Pages, ItemFiles {

    static final String INDEX = "data/index.html";

    private final DataSets data;

    public DataPages(DataSets data) {
        this.data = data;
    }

    static String page(DataSet set) {
        return "data/" + set.slug() + ".html";
    }

    @Override
    public List<OutputFile> render(PageWriter pages) {
        if (!pages.wanted(INDEX)) {
            return List.of(); // only the content changed: the tables and their pages did not
        }
        Map<String, String> t = pages.messages();
        String title = t.getOrDefault("data.title", "数据统计");
        List<OutputFile> out = new ArrayList<>();
        String root = Urls.root(INDEX);
        List<Map<String, Object>> list = new ArrayList<>();
        for (DataSet set : data.all()) {
            list.add(Map.of("title", set.title(), "summary", set.summary(),
                    "url", root + page(set), "updated", pages.views().dates().date(set.updated()),
                    "isoUpdated", set.updated().toString()));
        }
        out.add(pages.write(INDEX, "data-index", title, List.of(), Map.of("sets", list)));
        for (DataSet set : data.all()) {
            out.add(table(pages, set, title));
            out.add(OutputFile.text(csv(set.slug()), csv(set)));
        }
        return out;
    }

    @Override
    public Set<String> files(SiteConfig config) {
        Set<String> files = new TreeSet<>(Set.of(INDEX));
        for (DataSet set : data.all()) {
            files.add(page(set));
            files.add(csv(set.slug()));
        }
        return files;
    }

    /** The tables are not items: a change to them changes the configuration, and everything. */
    @Override
    public Set<String> filesOf(Item item) {
        return Set.of();
    }

    private static String csv(String slug) {
        return "data/" + slug + ".csv";
    }

    private static OutputFile table(PageWriter pages, DataSet set, String indexTitle) {
        String path = page(set);
        String root = Urls.root(path);
        String unknown = pages.messages().getOrDefault("data.unknown", "—");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("set", Map.of("title", set.title(), "summary", set.summary(),
                "source", set.source(), "unit", set.unit(), "note", set.note(),
                "rowHeader", set.rowHeader(), "columns", set.columns(),
                "updated", pages.views().dates().date(set.updated()),
                "isoUpdated", set.updated().toString()));
        values.put("rows", set.rows().stream().map(r -> Map.of("label", r.label(),
                "cells", r.shown().stream().map(v -> v.isEmpty() ? unknown : v).toList()))
                .toList());
        values.put("chart", set.chart().equals("none") ? new SafeString("")
                : new SafeString(BarChart.svg(set, "chart-" + set.slug(), unknown)));
        values.put("csvUrl", root + "data/" + set.slug() + ".csv");
        return pages.write(path, "data-table", set.title(),
                List.of(new Link(indexTitle, root + INDEX)), values);
    }

    /** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese. */
    static String csv(DataSet set) {
        StringBuilder s = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        header.add(set.rowHeader());
        header.addAll(set.columns());
        line(s, header);
        for (DataRow row : set.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            cells.addAll(row.shown());
            line(s, cells);
        }
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = CsvCell.neutralised(cells.get(i));
            boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n")
                    || c.contains("\r");
            s.append(i == 0 ? "" : ",").append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        s.append("\r\n");
    }
}

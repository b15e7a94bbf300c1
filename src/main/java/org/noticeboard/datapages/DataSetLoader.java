package org.noticeboard.datapages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.parse.SafeYamlLoader;
import org.noticeboard.parse.YamlDocument;
import org.noticeboard.schema.Fields;
import org.noticeboard.schema.SchemaValidator;
import org.noticeboard.source.EditorFiles;
import org.noticeboard.source.TextDecoder;

/**
 * Reads the data tables in {@code content/data/statistics/*.yaml}: the same safe YAML and the same
 * schema checks as items, so a mistake is reported with its file and line, plus the checks a
 * table needs (every figure a number, one figure per column).
 */
public final class DataSetLoader {

    static final String FOLDER = "data/statistics";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");

    public DataSets load(Path contentRoot, String displayRoot, Diagnostics diagnostics) {
        Path folder = contentRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return DataSets.NONE;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !EditorFiles.isScratch(p))
                    .filter(p -> Files.isRegularFile(p) && !Files.isSymbolicLink(p))
                    .sorted().toList();
        } catch (IOException e) {
            diagnostics.error(Position.of(displayRoot + "/" + FOLDER), "",
                    Message.of("data-folder-unlistable", "problem", e.getMessage()));
            return DataSets.NONE;
        }
        List<DataSet> sets = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String display = displayRoot + "/" + FOLDER + "/" + name;
            String slug = name.substring(0, name.length() - ".yaml".length());
            if (!SLUG.matcher(slug).matches()) {
                diagnostics.error(Position.of(display), "", Message.of("data-file-name",
                        "name", name));
                continue;
            }
            read(file, display, diagnostics).flatMap(doc -> table(slug, doc, display, diagnostics))
                    .ifPresent(sets::add);
        }
        return new DataSets(sets);
    }

    private static Optional<YamlDocument> read(Path file, String display, Diagnostics diagnostics) {
        try {
            var text = new TextDecoder().decode(Files.readAllBytes(file)).text();
            if (text.isEmpty()) {
                diagnostics.error(Position.of(display), "", Message.of("not-utf8"));
                return Optional.empty();
            }
            return new SafeYamlLoader().load(text.get(), display, 0, diagnostics);
        } catch (IOException e) {
            diagnostics.error(Position.of(display), "", Message.of("file-unreadable",
                    "problem", e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<DataSet> table(String slug, YamlDocument doc, String display,
            Diagnostics diagnostics) {
        Optional<Fields> checked = new SchemaValidator().validate(doc, DataSetSchema.FIELDS,
                display, diagnostics);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Fields f = checked.get();
        List<String> columns = f.texts("columns");
        List<DataRow> rows = new ArrayList<>();
        boolean ok = true;
        List<Fields> rowFields = f.maps("rows");
        for (int r = 0; r < rowFields.size(); r++) {
            List<String> shown = rowFields.get(r).texts("values");
            String path = "rows." + r + ".values";
            if (shown.size() != columns.size()) {
                error(doc, display, path, diagnostics, Message.of("data-row-width",
                        "label", rowFields.get(r).text("label"), "figures", shown.size(),
                        "columns", columns.size()));
                ok = false;
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int c = 0; c < shown.size(); c++) {
                String v = shown.get(c).strip();
                if (v.isEmpty()) {
                    values.add(Double.NaN);
                } else if (NUMBER.matcher(v).matches()) {
                    values.add(Double.parseDouble(v));
                } else {
                    error(doc, display, path + "." + c, diagnostics,
                            Message.of("data-not-a-number", "value", v));
                    ok = false;
                }
            }
            rows.add(new DataRow(rowFields.get(r).text("label"), shown.stream()
                    .map(String::strip).toList(), values));
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new DataSet(slug, f.text("title"), f.text("summary"), f.text("source"),
                f.date("updated").orElseThrow(), f.text("unit"), f.text("row_header"), columns,
                rows, f.has("chart") ? f.text("chart") : "bar", f.text("note")));
    }

    private static void error(YamlDocument doc, String display, String path,
            Diagnostics diagnostics, Message message) {
        diagnostics.error(new Position(display, doc.lineOf(path), doc.columnOf(path)), path,
                message);
    }
}

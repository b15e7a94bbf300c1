package org.noticeboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.WorkingCalendar;
import org.noticeboard.parse.SafeYamlLoader;
import org.noticeboard.source.SafePaths;
import org.noticeboard.source.TextDecoder;

/**
 * Reads the public holidays and adjusted working weekends (调休) per year:
 * {@code 2026: {holidays: [2026-01-01, …], workdays: [2026-01-04, …]}}. The State Council's
 * published schedules ship with the tool ({@link #BUILT_IN}, generated from the npm package
 * {@code chinese-days} by {@code tools/holidays-from-chinese-days.py}); a site's own file adds
 * a year or replaces one, whole, as the office knows it.
 */
public final class HolidayLoader {

    /** The built-in schedules, among the tool's resources. */
    static final String BUILT_IN = "/org/noticeboard/config/holidays-cn.yaml";

    /** The built-in schedules alone: every year the State Council has published. */
    public WorkingCalendar builtIn() {
        try (var in = HolidayLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                return WorkingCalendar.EMPTY;
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return parse(text, "(built-in holidays)", new Diagnostics());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public WorkingCalendar load(Path contentRoot, String displayRoot, String relative,
            Diagnostics diagnostics) {
        String display = displayRoot + "/" + relative;
        var path = SafePaths.inside(contentRoot, relative);
        if (path.isEmpty()) {
            diagnostics.error(Position.of(displayRoot + "/site.yaml"), "holidays",
                    Message.of("holidays-outside"));
            return WorkingCalendar.EMPTY;
        }
        if (!Files.isRegularFile(path.get())) {
            return builtIn(); // nothing to add: the published years are enough
        }
        String text;
        try {
            var decoded = new TextDecoder().decode(Files.readAllBytes(path.get()));
            if (decoded.text().isEmpty()) {
                diagnostics.error(new Position(display, decoded.badLine(), 0), "",
                        Message.of("not-utf8"));
                return WorkingCalendar.EMPTY;
            }
            text = decoded.text().get();
        } catch (IOException e) {
            diagnostics.error(Position.of(display), "", Message.of("file-unreadable",
                    "problem", e.getMessage()));
            return WorkingCalendar.EMPTY;
        }
        return builtIn().overriddenBy(parse(text, display, diagnostics));
    }

    private static WorkingCalendar parse(String text, String display, Diagnostics diagnostics) {
        var doc = new SafeYamlLoader().load(text, display, 0, diagnostics);
        if (doc.isEmpty()) {
            return WorkingCalendar.EMPTY;
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (Map.Entry<String, Object> year : doc.get().root().entrySet()) {
            Position at = new Position(display, doc.get().lineOf(year.getKey()), 1);
            if (!year.getKey().matches("\\d{4}") || !(year.getValue() instanceof Map<?, ?> m)) {
                diagnostics.error(at, year.getKey(), Message.of("holidays-year-entry"));
                continue;
            }
            years.add(Integer.parseInt(year.getKey()));
            dates(m.get("holidays"), year.getKey() + ".holidays", doc.get(), display, holidays,
                    diagnostics);
            dates(m.get("workdays"), year.getKey() + ".workdays", doc.get(), display, workdays,
                    diagnostics);
        }
        return new WorkingCalendar(holidays, workdays, years);
    }

    private static void dates(Object value, String path, org.noticeboard.parse.YamlDocument doc,
            String display, Set<LocalDate> into, Diagnostics diagnostics) {
        if (value == null) {
            return;
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        for (int i = 0; i < list.size(); i++) {
            try {
                into.add(LocalDate.parse(list.get(i).toString()));
            } catch (DateTimeParseException e) {
                String p = path + "." + i;
                diagnostics.error(new Position(display, doc.lineOf(p), doc.columnOf(p)), path,
                        Message.of("holidays-date", "value", list.get(i)));
            }
        }
    }
}

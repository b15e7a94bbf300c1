package org.noticeboard.addresses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.parse.SafeYamlLoader;
import org.noticeboard.parse.YamlDocument;
import org.noticeboard.source.TextDecoder;

/**
 * Reads {@code data/addresses.yaml}:
 *
 * <pre>
 * moved:
 *   street/notice/old-name: street/notice/new-name
 * withdrawn:
 *   - id: street/notice/parking-plan-2026
 *     title: 关于停车方案的公示
 *     date: 2026-12-01
 *     reason: 方案调整，另行公示
 * </pre>
 */
public final class AddressLoader {

    public static final String FILE = "data/addresses.yaml";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z]+/[a-z0-9][a-z0-9-]*");

    public Addresses load(Path contentRoot, String displayRoot, Diagnostics diagnostics) {
        Path path = contentRoot.resolve(FILE);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Addresses.NONE;
        }
        String display = displayRoot + "/" + FILE;
        String text;
        try {
            var decoded = new TextDecoder().decode(Files.readAllBytes(path));
            if (decoded.text().isEmpty()) {
                diagnostics.error(new Position(display, decoded.badLine(), 0), "",
                        "file is not valid UTF-8 text", "save the file as UTF-8");
                return Addresses.NONE;
            }
            text = decoded.text().get();
        } catch (IOException e) {
            diagnostics.error(Position.of(display), "", "cannot read: " + e.getMessage(), "");
            return Addresses.NONE;
        }
        var doc = new SafeYamlLoader().load(text, display, 0, diagnostics);
        if (doc.isEmpty()) {
            return Addresses.NONE;
        }
        return read(doc.get(), display, diagnostics);
    }

    private static Addresses read(YamlDocument doc, String display, Diagnostics diagnostics) {
        Map<String, Addresses.Moved> moved = new TreeMap<>();
        List<Addresses.Withdrawal> withdrawn = new ArrayList<>();
        for (var entry : doc.root().entrySet()) {
            Position at = new Position(display, doc.lineOf(entry.getKey()), 1);
            switch (entry.getKey()) {
                case "moved" -> {
                    if (!(entry.getValue() instanceof Map<?, ?> map)) {
                        diagnostics.error(at, "moved", "expected old addresses, one per line",
                                "write e.g. '  street/notice/old-name: street/notice/new-name'");
                        continue;
                    }
                    map.forEach((from, to) -> {
                        String key = "moved." + from;
                        Position line = new Position(display, doc.lineOf(key), doc.columnOf(key));
                        if (id(from, line, key, diagnostics) && id(to, line, key, diagnostics)) {
                            moved.put(from.toString(), new Addresses.Moved(from.toString(),
                                    to.toString(), line.line()));
                        }
                    });
                }
                case "withdrawn" -> {
                    if (!(entry.getValue() instanceof List<?> list)) {
                        diagnostics.error(at, "withdrawn", "expected a list of withdrawn items",
                                "write '  - id: board/type/slug' then title, date and reason");
                        continue;
                    }
                    for (int i = 0; i < list.size(); i++) {
                        withdrawal(list.get(i), "withdrawn." + i, doc, display, diagnostics)
                                .ifPresent(withdrawn::add);
                    }
                }
                default -> diagnostics.error(at, entry.getKey(), "unknown section '"
                        + entry.getKey() + "'", "the file has two sections: moved and withdrawn");
            }
        }
        return new Addresses(moved, withdrawn);
    }

    private static java.util.Optional<Addresses.Withdrawal> withdrawal(Object value, String key,
            YamlDocument doc, String display, Diagnostics diagnostics) {
        Position at = new Position(display, doc.lineOf(key), doc.columnOf(key));
        if (!(value instanceof Map<?, ?> m)) {
            diagnostics.error(at, key, "expected id, title, date and reason",
                    "write '  - id: board/type/slug' then title, date and reason");
            return java.util.Optional.empty();
        }
        for (String field : List.of("id", "title", "date", "reason")) {
            if (m.get(field) == null || m.get(field).toString().isBlank()) {
                diagnostics.error(at, key + "." + field, "a withdrawn item needs its " + field,
                        "write id (board/type/slug), title (as published), date (YYYY-MM-DD) "
                                + "and reason (shown to residents)");
                return java.util.Optional.empty();
            }
        }
        if (!id(m.get("id"), at, key + ".id", diagnostics)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Addresses.Withdrawal(m.get("id").toString(),
                    m.get("title").toString(), LocalDate.parse(m.get("date").toString()),
                    m.get("reason").toString(), at.line()));
        } catch (DateTimeParseException e) {
            String field = key + ".date";
            diagnostics.error(new Position(display, doc.lineOf(field), doc.columnOf(field)),
                    field, "'" + m.get("date") + "' is not a date", "write YYYY-MM-DD");
            return java.util.Optional.empty();
        }
    }

    private static boolean id(Object value, Position at, String field, Diagnostics diagnostics) {
        if (value != null && ID.matcher(value.toString()).matches()) {
            return true;
        }
        diagnostics.error(at, field, "'" + value + "' is not an item id",
                "write board/type/slug as in the file's path, e.g. street/notice/water-cut");
        return false;
    }
}

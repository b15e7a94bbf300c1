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
import org.noticeboard.diag.Message;
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
                        Message.of("not-utf8"));
                return Addresses.NONE;
            }
            text = decoded.text().get();
        } catch (IOException e) {
            diagnostics.error(Position.of(display), "", Message.of("file-unreadable",
                    "problem", e.getMessage()));
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
                        diagnostics.error(at, "moved", Message.of("moved-not-a-map"));
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
                        diagnostics.error(at, "withdrawn", Message.of("withdrawn-not-a-list"));
                        continue;
                    }
                    for (int i = 0; i < list.size(); i++) {
                        withdrawal(list.get(i), "withdrawn." + i, doc, display, diagnostics)
                                .ifPresent(withdrawn::add);
                    }
                }
                default -> diagnostics.error(at, entry.getKey(), Message.of(
                        "addresses-unknown-section", "section", entry.getKey()));
            }
        }
        return new Addresses(moved, withdrawn);
    }

    private static java.util.Optional<Addresses.Withdrawal> withdrawal(Object value, String key,
            YamlDocument doc, String display, Diagnostics diagnostics) {
        Position at = new Position(display, doc.lineOf(key), doc.columnOf(key));
        if (!(value instanceof Map<?, ?> m)) {
            diagnostics.error(at, key, Message.of("withdrawn-not-an-entry"));
            return java.util.Optional.empty();
        }
        for (String field : List.of("id", "title", "date", "reason")) {
            if (m.get(field) == null || m.get(field).toString().isBlank()) {
                diagnostics.error(at, key + "." + field, Message.of("withdrawn-field-missing",
                        "field", field));
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
                    field, Message.of("withdrawn-date", "value", m.get("date")));
            return java.util.Optional.empty();
        }
    }

    private static boolean id(Object value, Position at, String field, Diagnostics diagnostics) {
        if (value != null && ID.matcher(value.toString()).matches()) {
            return true;
        }
        diagnostics.error(at, field, Message.of("addresses-not-an-id", "value", value));
        return false;
    }
}

package org.noticeboard.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.parse.SafeYamlLoader;
import org.noticeboard.source.TextDecoder;

/** Finds a theme folder and loads its message bundles. */
public final class ThemeLoader {

    public Optional<Theme> load(Path root, Diagnostics diagnostics) {
        String display = root.toString();
        if (!Files.isDirectory(root.resolve("templates"))) {
            diagnostics.error(Position.of(display), "", Message.of("theme-missing"));
            return Optional.empty();
        }
        Map<String, Map<String, String>> messages = new TreeMap<>();
        Path i18n = root.resolve("i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> files = Files.list(i18n)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                        .toList()) {
                    String lang = file.getFileName().toString().replace(".yaml", "");
                    var decoded = new TextDecoder().decode(Files.readAllBytes(file));
                    if (decoded.text().isEmpty()) {
                        diagnostics.error(new Position(file.toString(), decoded.badLine(), 0),
                                "", Message.of("not-utf8"));
                        continue;
                    }
                    String text = decoded.text().get();
                    var doc = new SafeYamlLoader().load(text, file.toString(), 0, diagnostics);
                    Map<String, String> bundle = new LinkedHashMap<>();
                    doc.ifPresent(d -> d.root().forEach((k, v) -> bundle.put(k, String.valueOf(v))));
                    messages.put(lang, bundle);
                }
            } catch (IOException e) {
                diagnostics.error(Position.of(i18n.toString()), "", Message.of("file-unreadable",
                        "problem", e.getMessage()));
            }
        }
        return Optional.of(new Theme(root, messages));
    }
}

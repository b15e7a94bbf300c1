package org.noticeboard.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.parse.SafeYamlLoader;
import org.noticeboard.source.TextDecoder;

/**
 * Layers the site's theme folder over the built-in theme and merges their message bundles key
 * by key: a site's {@code i18n/zh-CN.yaml} holding one line changes that one message.
 */
public final class ThemeLoader {

    /**
     * @param siteTheme the site's own theme folder; when it does not exist the site uses the
     *     built-in theme alone
     */
    public Optional<Theme> load(Path siteTheme, Diagnostics diagnostics) {
        List<Path> layers = new ArrayList<>();
        if (Files.isDirectory(siteTheme)) {
            layers.add(siteTheme);
        }
        layers.add(BuiltInTheme.root());
        Map<String, Map<String, String>> messages = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) { // the built-in theme first
            bundles(layers.get(i).resolve("i18n"), diagnostics).forEach((lang, bundle) ->
                    messages.computeIfAbsent(lang, k -> new LinkedHashMap<>()).putAll(bundle));
        }
        return Optional.of(new Theme(layers, messages));
    }

    /** One layer's bundles by language; none when the layer has no i18n folder. */
    private static Map<String, Map<String, String>> bundles(Path i18n, Diagnostics diagnostics) {
        Map<String, Map<String, String>> messages = new TreeMap<>();
        if (!Files.isDirectory(i18n)) {
            return messages;
        }
        try (Stream<Path> files = Files.list(i18n)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .toList()) {
                String lang = file.getFileName().toString().replace(".yaml", "");
                String display = Theme.display(file);
                var decoded = new TextDecoder().decode(Files.readAllBytes(file));
                if (decoded.text().isEmpty()) {
                    diagnostics.error(new Position(display, decoded.badLine(), 0),
                            "", Message.of("not-utf8").hint("theme"));
                    continue;
                }
                var doc = new SafeYamlLoader().load(decoded.text().get(), display, 0,
                        diagnostics);
                Map<String, String> bundle = new LinkedHashMap<>();
                doc.ifPresent(d -> d.root().forEach((k, v) -> bundle.put(k, String.valueOf(v))));
                messages.put(lang, bundle);
            }
        } catch (IOException e) {
            diagnostics.error(Position.of(Theme.display(i18n)), "",
                    Message.of("theme-i18n-unreadable", "problem", e.getMessage()));
        }
        return messages;
    }
}

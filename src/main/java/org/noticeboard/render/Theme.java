package org.noticeboard.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A theme in layers, searched first to last: the site's own theme folder (when it has one)
 * and then the built-in default theme. A site overrides one template, partial, stylesheet or
 * message by putting that one file at the same relative path in its folder, as Hugo's lookup
 * order does; everything else comes from the built-in theme. Each layer has {@code templates/}
 * (Pebble), {@code static/} (copied to {@code assets/}) and {@code i18n/<lang>.yaml} (interface
 * messages, already merged key by key into {@code messages}).
 */
public record Theme(List<Path> layers, Map<String, Map<String, String>> messages) {

    public Theme {
        layers = List.copyOf(layers);
        messages = Map.copyOf(messages);
    }

    /** The first layer's file at {@code relative} (e.g. {@code templates/home.peb}). */
    public Optional<Path> find(String relative) {
        for (Path layer : layers) {
            Path file = layer.resolve(relative);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** How a theme file is shown in a message: its path, or its place in the built-in theme. */
    public static String display(Path file) {
        return BuiltInTheme.contains(file)
                ? "(built-in theme)/" + BuiltInTheme.root().relativize(file)
                : file.toString().replace('\\', '/');
    }

    public Map<String, String> messages(String language) {
        return messages.getOrDefault(language, messages.getOrDefault("zh-CN", Map.of()));
    }
}

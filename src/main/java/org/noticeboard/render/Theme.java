package org.noticeboard.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * A theme folder: {@code templates/} (Pebble), {@code static/} (copied to {@code assets/}) and
 * {@code i18n/<lang>.yaml} (interface messages).
 */
public record Theme(Path root, Map<String, Map<String, String>> messages) {

    public Theme {
        messages = Map.copyOf(messages);
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path staticFiles() {
        return root.resolve("static");
    }

    public Map<String, String> messages(String language) {
        return messages.getOrDefault(language, messages.getOrDefault("zh-CN", Map.of()));
    }
}

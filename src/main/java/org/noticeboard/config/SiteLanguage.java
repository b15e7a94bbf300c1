package org.noticeboard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.parse.SafeYamlLoader;

/**
 * The {@code language} a site.yaml states, read on its own so messages can speak it even when
 * the rest of the configuration has errors.
 */
public final class SiteLanguage {

    private SiteLanguage() {}

    /** Empty when site.yaml is missing, unreadable or says nothing about its language. */
    public static Optional<String> stated(Path contentFolder) {
        Path file = contentFolder.resolve(ConfigLoader.FILE);
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            // its problems are reported by the config stage; here they only mean "not stated"
            return new SafeYamlLoader().load(text, ConfigLoader.FILE, 0, new Diagnostics())
                    .map(doc -> doc.root().get("language"))
                    .filter(String.class::isInstance).map(String.class::cast);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

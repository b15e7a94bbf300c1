package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.render.Theme;
import org.noticeboard.render.ThemeLoader;

/**
 * The pipeline's theme: loaded once, with its compiled templates and its static files held in
 * memory under {@code assets/}, until a theme file changes. A link among the static files is
 * never followed: it could publish any file of the machine.
 */
record SessionTheme(Optional<Theme> theme, Optional<TemplateEngine> engine,
        Map<String, byte[]> assets, java.util.List<Diagnostic> diagnostics) {

    static SessionTheme load(Path root) throws IOException {
        Diagnostics d = new Diagnostics();
        Optional<Theme> theme = new ThemeLoader().load(root, d);
        Map<String, byte[]> assets = new TreeMap<>();
        if (theme.isPresent() && Files.isDirectory(theme.get().staticFiles())) {
            Path dir = theme.get().staticFiles();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .toList()) {
                    assets.put("assets/" + dir.relativize(p).toString().replace('\\', '/'),
                            Files.readAllBytes(p));
                }
            }
        }
        return new SessionTheme(theme, theme.map(TemplateEngine::new), Map.copyOf(assets),
                d.sorted());
    }
}

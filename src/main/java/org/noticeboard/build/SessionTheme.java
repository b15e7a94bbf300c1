package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.render.TemplateEngine;
import org.noticeboard.render.ThemeAssets;
import org.noticeboard.render.Theme;
import org.noticeboard.render.ThemeLoader;

/**
 * The pipeline's theme: loaded once, with its compiled templates and its static files held in
 * memory under {@code assets/}, until a theme file changes. The static files are those
 * {@link ThemeAssets} lists: a link is never followed (it could publish any file of the machine).
 */
record SessionTheme(Optional<Theme> theme, Optional<TemplateEngine> engine,
        Map<String, byte[]> assets, java.util.List<Diagnostic> diagnostics) {

    static SessionTheme load(Path root) throws IOException {
        Diagnostics d = new Diagnostics();
        Optional<Theme> theme = new ThemeLoader().load(root, d);
        Map<String, byte[]> assets = new TreeMap<>();
        if (theme.isPresent()) {
            for (var file : ThemeAssets.of(theme.get()).entrySet()) {
                assets.put(file.getKey(), Files.readAllBytes(file.getValue()));
            }
        }
        return new SessionTheme(theme, theme.map(TemplateEngine::new), Map.copyOf(assets),
                d.sorted());
    }
}

package org.noticeboard.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pebble's view of a {@link Theme}'s templates: each name is looked up in the layers in order,
 * so a site's one {@code templates/partials/footer.peb} replaces the built-in footer while
 * every other template, and every template that includes the footer, comes from the built-in
 * theme. Works on plain folders and on the folder inside the tool's jar alike.
 */
final class ThemeTemplates implements Loader<String> {

    private static final String SUFFIX = ".peb";
    private final Theme theme;

    ThemeTemplates(Theme theme) {
        this.theme = theme;
    }

    /** The file template {@code name} comes from, when some layer has it. */
    java.util.Optional<Path> file(String name) {
        return theme.find("templates/" + name + SUFFIX);
    }

    @Override
    public Reader getReader(String name) {
        Path file = file(name).orElseThrow(() ->
                new LoaderException(null, "Could not find template \"" + name + "\""));
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "Could not read template \"" + name + "\"");
        }
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8, as every file of a site
    }

    @Override
    public void setPrefix(String prefix) {
        // the layers are the prefix
    }

    @Override
    public void setSuffix(String suffix) {
        // always .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return file(templateName).isPresent();
    }
}

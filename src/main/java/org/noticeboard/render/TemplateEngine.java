package org.noticeboard.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The theme's Pebble templates, compiled once and shared by all render threads. Autoescaping is
 * on and variables are strict, so a misspelt variable in a template is an error, not a blank.
 */
public final class TemplateEngine {

    private final PebbleEngine engine;

    public TemplateEngine(Theme theme) {
        FileLoader loader = new FileLoader();
        loader.setPrefix(theme.templates().toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    /**
     * Renders template {@code name} (without .peb) into UTF-8, encoded as it is written: a page
     * ready for its file. Template errors carry file and line.
     */
    public byte[] render(String name, Map<String, Object> context) {
        Utf8Output out = new Utf8Output(32 * 1024);
        try {
            engine.getTemplate(name).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            throw new TemplateException(e.getFileName(), e.getLineNumber(), e.getPebbleMessage(), e);
        }
        return out.toByteArray();
    }

    /** A template failed: a theme bug, reported with the template's file and line. */
    public static final class TemplateException extends RuntimeException {
        private final String file;
        private final int line;

        TemplateException(String file, Integer line, String message, Throwable cause) {
            super(message, cause);
            this.file = file == null ? "template" : file;
            this.line = line == null ? 0 : line;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }
    }
}

package org.noticeboard.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The theme's Pebble templates, compiled once and shared by all render threads. Autoescaping is
 * on and variables are strict, so a misspelt variable in a template is an error, not a blank.
 * Each page's render is bounded ({@link TemplateLimits}): a template that recurses or runs away
 * ends as a {@link TemplateException} at its file and line.
 */
public final class TemplateEngine {

    private final PebbleEngine engine;
    private final ThemeTemplates templates;

    public TemplateEngine(Theme theme) {
        this.templates = new ThemeTemplates(theme);
        this.engine = new PebbleEngine.Builder()
                .loader(templates)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .maxRenderedSize(TemplateLimits.OUTPUT_CHARS)
                .extension(new TemplateLimits())
                .build();
    }

    /**
     * Renders template {@code name} (without .peb) into UTF-8, encoded as it is written: a page
     * ready for its file. Template errors carry file and line.
     */
    public byte[] render(String name, Map<String, Object> context) {
        Utf8Output out = new Utf8Output(32 * 1024);
        Map<String, Object> scope = new HashMap<>(context);
        scope.put(TemplateLimits.BUDGET, new TemplateLimits.Budget());
        try {
            engine.getTemplate(name).evaluate(out, scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            throw new TemplateException(file(e.getFileName() == null ? name : e.getFileName()),
                    e.getLineNumber(), message(e), e);
        } catch (StackOverflowError e) {
            // a last resort: recursion the limits do not count (macros, extends, import);
            // the stack is unwound by now, so the page's thread carries on with other pages
            throw new TemplateException(file(name), 0, TemplateLimits.RECURSION, e);
        }
        return out.toByteArray();
    }

    /** The file of template {@code name} in the layer it came from: where to fix it. */
    private String file(String name) {
        return templates.file(name).map(Theme::display).orElse(name + ".peb");
    }

    /** Pebble's message, in our words where it speaks of a limit we set. */
    private static String message(PebbleException e) {
        String m = e.getPebbleMessage();
        return m != null && m.startsWith("Tried to write more than")
                ? TemplateLimits.OUTPUT_TOO_LARGE : m;
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

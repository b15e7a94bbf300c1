package org.noticeboard.print;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code @page} rules of a print page, written per page because they hold per-item values:
 * the paper size and the running head that repeats an item's title on its continuation sheets.
 * The sheet counter reads 第x页 共y页 (or its translation) at the foot of every sheet.
 */
final class PageRules {

    private final StringBuilder css = new StringBuilder();
    private final Map<String, String> t;

    PageRules(Map<String, String> t) {
        this.t = t;
    }

    /** Sheets of a single poster: the title repeats on every sheet after the first. */
    PageRules poster(String paper, String runningHead) {
        css.append("@page { size: ").append(size(paper)).append("; margin: 16mm 15mm 18mm; ")
                .append(counter()).append(" @top-left { content: ").append(quote(runningHead))
                .append("; ").append(HEAD_STYLE).append(" } }\n")
                .append("@page :first { @top-left { content: none; } }\n");
        return this;
    }

    /** The default sheets of a bundle (its cover): A4, counted, no running head. */
    PageRules bundle() {
        css.append("@page { size: A4 portrait; margin: 16mm 15mm 18mm; ").append(counter())
                .append(" }\n");
        return this;
    }

    /** A named page for one item of a bundle: its paper and its running head on every sheet. */
    PageRules named(String name, String paper, String runningHead) {
        css.append("@page ").append(name).append(" { size: ").append(size(paper))
                .append("; @top-left { content: ").append(quote(runningHead)).append("; ")
                .append(HEAD_STYLE).append(" } }\n")
                .append(".page-").append(name).append(" { page: ").append(name).append("; }\n");
        return this;
    }

    /** Card sheets: A4 without margins; the cut lines and card padding do the spacing. */
    PageRules cardSheets() {
        css.append("@page { size: A4 portrait; margin: 0; }\n");
        return this;
    }

    SafeString css() {
        return new SafeString(css.toString());
    }

    private static final String HEAD_STYLE =
            "font-size: 9pt; color: #000; vertical-align: bottom; padding-bottom: 3mm;";

    private String counter() {
        String pattern = t.getOrDefault("print.sheet_of", "{page} / {pages}");
        List<String> content = new ArrayList<>();
        for (String part : pattern.split("(?=\\{pages?\\})|(?<=\\{pages?\\})")) {
            content.add(switch (part) {
                case "{page}" -> "counter(page)";
                case "{pages}" -> "counter(pages)";
                default -> quote(part);
            });
        }
        return "@bottom-center { content: " + String.join(" ", content)
                + "; font-size: 9pt; color: #000; }";
    }

    static String size(String paper) {
        return ("A3".equals(paper) ? "A3" : "A4") + " portrait";
    }

    /**
     * A CSS string literal. Quotes and backslashes are escaped, and so is every character that
     * could end the style element or the line, so item titles are safe inside {@code <style>}.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

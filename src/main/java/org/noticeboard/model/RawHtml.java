package org.noticeboard.model;

import java.util.Locale;

/** What the site does with HTML written in Markdown bodies ({@code raw_html} in site.yaml). */
public enum RawHtml {
    /** An error at its line: editors write Markdown (the default). */
    REFUSE,
    /** Kept, then cleaned to a safe list of tags and attributes when the page is rendered. */
    SANITIZE;

    /** The value as written in site.yaml. */
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The policy named in site.yaml; the schema has already refused any other word. */
    public static RawHtml of(String yaml) {
        return valueOf(yaml.toUpperCase(Locale.ROOT));
    }
}

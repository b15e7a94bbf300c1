package org.noticeboard.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.noticeboard.model.SiteConfig;

/**
 * One copy of the site: its interface language, whether it is the large-text copy, and the
 * folder it is written to — empty for the main one, then {@code en/}, {@code large/},
 * {@code en/large/}. Each copy is complete (pages and assets), so its relative links never leave
 * its folder except to switch to another copy.
 */
public record Edition(String language, boolean largeText, String prefix) {

    public static List<Edition> of(SiteConfig config) {
        List<Edition> editions = new ArrayList<>();
        for (String language : config.languages()) {
            String folder = language.equals(config.language()) ? ""
                    : language.toLowerCase(Locale.ROOT) + "/";
            editions.add(new Edition(language, false, folder));
            if (config.largeText()) {
                editions.add(new Edition(language, true, folder + "large/"));
            }
        }
        return List.copyOf(editions);
    }

    public boolean isMain() {
        return prefix.isEmpty();
    }

    /** From this copy's root up to the site's root: {@code ../../} for {@code en/large/}. */
    String up() {
        return "../".repeat((int) prefix.chars().filter(c -> c == '/').count());
    }

    /** The folder of the normal-size copy in the same language: large text is not canonical. */
    String canonicalPrefix() {
        return largeText ? prefix.substring(0, prefix.length() - "large/".length()) : prefix;
    }
}

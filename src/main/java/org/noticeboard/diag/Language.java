package org.noticeboard.diag;

import java.util.Locale;
import java.util.Optional;

/** The languages messages are written in: Chinese for the editors, English for everyone else. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code zh}, {@code zh-CN}, {@code zh_Hans}, {@code en-US}…; empty for anything else. */
    public static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("zh") || t.startsWith("zh-")) {
            return Optional.of(ZH);
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    /** Chinese on a Chinese system, English on any other. */
    public static Language of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /**
     * The language to speak: the one asked for on the command line, else the one site.yaml
     * states, else the system's.
     */
    public static Language choose(Optional<Language> asked, Optional<String> siteLanguage,
            Locale system) {
        return asked.or(() -> siteLanguage.flatMap(Language::parse)).orElseGet(() -> of(system));
    }
}

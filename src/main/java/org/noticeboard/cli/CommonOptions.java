package org.noticeboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.noticeboard.config.SiteLanguage;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Messages;
import org.noticeboard.schema.WebAddress;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class CommonOptions {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "Folder of theme files that replace the built-in theme's "
                    + "(default: themes/default beside the content folder, when there is one)")
    Path theme;

    @Option(names = "--now", paramLabel = "DATE",
            description = "Build as if today were DATE (YYYY-MM-DD or YYYY-MM-DDTHH:MM); "
                    + "for tests and previews")
    String now;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
            description = "Time zone of the build clock (default: ${DEFAULT-VALUE})")
    String timezone;

    @Option(names = "--debug", description = "Show stack traces of internal errors")
    boolean debug;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: zh or "
            + "en (default: the site's language in site.yaml, else the system's)")
    String lang;

    /** The language asked for with --lang; a value that is none is a usage error. */
    Optional<Language> askedLanguage() {
        if (lang == null) {
            return Optional.empty();
        }
        return Optional.of(Language.parse(lang).orElseThrow(() -> new UsageException(
                Message.of("cli-lang", "value", lang))));
    }

    /** Before site.yaml is read: --lang, else the system's language. */
    Language language() {
        return Language.parse(lang).orElseGet(() -> Language.of(Locale.getDefault()));
    }

    /** --lang, else the language site.yaml states, else the system's. */
    Language siteLanguage() {
        return Language.choose(askedLanguage(), SiteLanguage.stated(source), Locale.getDefault());
    }

    /**
     * The site's own theme folder, layered over the built-in theme. The default one may be
     * missing (the site then uses the built-in theme alone); a folder given by hand must exist.
     */
    Path theme() {
        if (theme != null) {
            if (!Files.isDirectory(theme)) {
                throw new UsageException(Message.of("cli-theme", "value", theme));
            }
            return theme;
        }
        return source.toAbsolutePath().normalize().resolveSibling("themes/default");
    }

    /** The build clock, or an error message. */
    ZonedDateTime clock() {
        ZoneId zone = zone(timezone);
        if (now == null) {
            return ZonedDateTime.now(zone).withNano(0);
        }
        try {
            if (now.length() == 10) {
                return LocalDate.parse(now).atTime(8, 0).atZone(zone);
            }
            return LocalDateTime.parse(now).atZone(zone);
        } catch (DateTimeParseException e) {
            throw new UsageException(Message.of("cli-now", "value", now));
        }
    }

    /** A region such as Asia/Shanghai or an offset such as +08:00; anything else is usage. */
    static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            throw new UsageException(Message.of("cli-timezone", "value", timezone));
        }
    }

    /** A --base-url as every command takes it: a valid http(s) address, ending in '/'. */
    static Optional<String> baseUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        WebAddress.problem(url).ifPresent(problem -> {
            throw new UsageException(Message.of("cli-base-url", "value", url, "problem",
                    problem, "example", WebAddress.EXAMPLE));
        });
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    /** A mistake on the command line: exit 2, with a message in the editor's language. */
    static final class UsageException extends RuntimeException {
        private final transient Message said;

        UsageException(String message) {
            super(message);
            this.said = null;
        }

        UsageException(Message said) {
            super(Messages.of(Language.EN).message(said));
            this.said = said;
        }

        /** The rule id and values, when the message can be said in another language. */
        Optional<Message> said() {
            return Optional.ofNullable(said);
        }
    }
}

package org.noticeboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
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

    /**
     * The site's own theme folder, layered over the built-in theme. The default one may be
     * missing (the site then uses the built-in theme alone); a folder given by hand must exist.
     */
    Path theme() {
        if (theme != null) {
            if (!Files.isDirectory(theme)) {
                throw new UsageException("--theme " + theme + " is not a folder; leave the "
                        + "option out to use the built-in theme");
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
            throw new UsageException("--now must be a date YYYY-MM-DD or YYYY-MM-DDTHH:MM, not '"
                    + now + "'");
        }
    }

    /** A region such as Asia/Shanghai or an offset such as +08:00; anything else is usage. */
    static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            throw new UsageException("--timezone '" + timezone + "' is not a time zone; write a "
                    + "region such as Asia/Shanghai or an offset such as +08:00");
        }
    }

    /** A --base-url as every command takes it: a valid http(s) address, ending in '/'. */
    static Optional<String> baseUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        WebAddress.problem(url).ifPresent(problem -> {
            throw new UsageException("--base-url '" + url + "' is not a usable address ("
                    + problem + "); write the site's public address, e.g. --base-url "
                    + WebAddress.EXAMPLE);
        });
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

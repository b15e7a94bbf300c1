package org.noticeboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class CommonOptions {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--theme", paramLabel = "DIR",
            description = "Theme folder (default: themes/default beside the content folder)")
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

    Path theme() {
        if (theme != null) {
            return theme;
        }
        Path beside = source.toAbsolutePath().normalize().resolveSibling("themes/default");
        return Files.isDirectory(beside) ? beside : Path.of("themes/default");
    }

    /** The build clock, or an error message. */
    ZonedDateTime clock() {
        ZoneId zone = ZoneId.of(timezone);
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

    /** A --base-url as every command takes it: http(s) only, ending in '/'. */
    static java.util.Optional<String> baseUrl(String url) {
        if (url != null && !url.matches("https?://\\S+")) {
            throw new UsageException("--base-url must start with http:// or https://");
        }
        return java.util.Optional.ofNullable(url).map(u -> u.endsWith("/") ? u : u + "/");
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

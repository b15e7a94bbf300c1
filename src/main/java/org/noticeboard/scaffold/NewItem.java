package org.noticeboard.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.noticeboard.model.ContentType;
import org.noticeboard.model.SiteConfig;
import org.noticeboard.rules.NamingRules;

/**
 * {@code noticeboard new}: writes a new item from its type's template into
 * {@code content/<board>/<type>/<slug>.md}. It never overwrites: if the name is taken it tries
 * {@code -2}, {@code -3}… and creates the file atomically.
 */
public final class NewItem {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** The file written and the item's id ({@code board/type/slug}). */
    public record Created(Path file, String id) {}

    /** Thrown for a wrong board or file name; the message says what to write instead. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    public Created create(Path content, SiteConfig config, ContentType type, String board,
            String title, LocalDate today, Optional<String> slug) throws IOException, Refused {
        if (config.board(board).isEmpty()) {
            throw new Refused("unknown board '" + board + "'; boards in site.yaml: "
                    + String.join(", ", config.boards().stream().map(b -> b.slug() + " ("
                            + b.name() + ")").toList()));
        }
        if (title.isBlank()) {
            throw new Refused("the title is empty; write it in quotes, e.g. \"关于停水的通知\"");
        }
        String base = slug.orElseGet(() -> FileNames.slug(title, type, today));
        if (!SLUG.matcher(base).matches()) {
            throw new Refused("'" + base + "' cannot be a file name: use lowercase letters "
                    + "a-z, digits and hyphens, e.g. water-cut-2026-12");
        }
        Optional<String> reserved = NamingRules.reservedSlug(board, type.id(), base);
        if (reserved.isPresent()) {
            throw new Refused(reserved.get() + "; choose another --slug, any other lowercase "
                    + "name works");
        }
        Path folder = content.resolve(board).resolve(type.id());
        Files.createDirectories(folder);
        String text = new ItemTemplate(today, config.minimumPostingDays()
                .getOrDefault("notice", 7)).render(type, title.strip());
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            Path file = folder.resolve(name + ".md");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new Created(file, board + "/" + type.id() + "/" + name);
            } catch (FileAlreadyExistsException e) {
                // Taken: try the next number.
            }
        }
    }
}

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
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Messages;
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
        private final transient Message said;

        Refused(Message said) {
            super(Messages.of(Language.EN).message(said));
            this.said = said;
        }

        /** The rule id and values, to say it in the editor's language. */
        public Message said() {
            return said;
        }
    }

    public Created create(Path content, SiteConfig config, ContentType type, String board,
            String title, LocalDate today, Optional<String> slug) throws IOException, Refused {
        if (config.board(board).isEmpty()) {
            throw new Refused(Message.of("cli-new-unknown-board", "board", board, "known",
                    String.join(", ", config.boards().stream().map(b -> b.slug() + " ("
                            + b.name() + ")").toList())));
        }
        if (title.isBlank()) {
            throw new Refused(Message.of("cli-new-no-title"));
        }
        String base = slug.orElseGet(() -> FileNames.slug(title, type, today));
        if (!SLUG.matcher(base).matches()) {
            throw new Refused(Message.of("cli-new-bad-slug", "slug", base));
        }
        Optional<String> listing = NamingRules.overwrittenListing(board, type.id(), base);
        if (listing.isPresent()) {
            throw new Refused(Message.of("cli-new-reserved", "slug", base,
                    "path", listing.get()));
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

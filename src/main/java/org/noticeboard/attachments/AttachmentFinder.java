package org.noticeboard.attachments;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.markdown.BodyInspector;
import org.noticeboard.model.Attachment;
import org.noticeboard.source.SourceFile;

/**
 * Finds the files a body links to by a relative link ({@code [审核名单](附件1：审核名单.xlsx)},
 * {@code ![公示现场](photo.jpg)}), as any Markdown preview resolves them: from the folder of
 * the item's file. Each mistake is reported once, at the link's line and column in the Markdown
 * file: a missing file, a link out of the content folder, a type that is not published, an image
 * without alt text or too large to decode. The size limit, which site.yaml sets, is checked by
 * {@link AttachmentRules}.
 */
public final class AttachmentFinder {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    /** The attachments of {@code file}, one for each link to a file that may be published. */
    public List<Attachment> find(SourceFile file, List<BodyInspector.Found> findings,
            int bodyLineOffset, Diagnostics diagnostics) {
        Path root = contentRoot(file);
        List<Attachment> found = new ArrayList<>();
        for (BodyInspector.Found link : findings) {
            boolean image = link.kind().equals("image");
            if (!image && !link.kind().equals("link") || !isLocal(link.value())) {
                continue;
            }
            Position at = new Position(file.displayPath(), bodyLineOffset + link.line(),
                    link.column());
            attachment(root, file, link, image, at, diagnostics).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * Every file the body's relative links lead to inside the content folder, published or
     * refused: a refused file is reported at its link, not again as a file nothing links to.
     */
    public static List<Path> targets(SourceFile file, List<BodyInspector.Found> findings) {
        Path root = contentRoot(file);
        List<Path> targets = new ArrayList<>();
        for (BodyInspector.Found link : findings) {
            if ((link.kind().equals("image") || link.kind().equals("link"))
                    && isLocal(link.value())) {
                Path target = resolve(file, link.value());
                if (target.startsWith(root)) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    private static Path resolve(SourceFile file, String written) {
        String relative = decoded(path(written)).replace('\\', '/');
        return file.path().toAbsolutePath().normalize().getParent().resolve(relative).normalize();
    }

    /**
     * A link to a file beside the item: relative, without a scheme, not to another content file
     * (those are {@code item:} links, checked elsewhere) and not to a place on the same page.
     */
    public static boolean isLocal(String target) {
        String path = path(target);
        // a ':' is no file name's (Windows refuses it) but may hide a scheme: java%0ascript:
        return !path.isEmpty() && !target.startsWith("#") && !target.startsWith("/")
                && !SCHEME.matcher(target).lookingAt() && !path.endsWith(".md")
                && !decoded(path).contains(":");
    }

    private Optional<Attachment> attachment(Path root, SourceFile file, BodyInspector.Found link,
            boolean image, Position at, Diagnostics diagnostics) {
        String written = link.value();
        String relative = decoded(path(written)).replace('\\', '/');
        Path target = resolve(file, written);
        if (!target.startsWith(root) || target.equals(root)) {
            diagnostics.error(at, "body", Message.of("attachment-outside", "target", written,
                    "item", file.path().getFileName()));
            return Optional.empty();
        }
        String inContent = root.relativize(target).toString().replace('\\', '/');
        String name = target.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            Message missing = Message.of("attachment-not-found", "file", relative,
                    "path", display(file, inContent), "target", written,
                    "item", file.path().getFileName());
            diagnostics.error(at, "body",
                    written.startsWith("www.") ? missing.hint("www") : missing);
            return Optional.empty();
        }
        if (attributes.isSymbolicLink()) {
            diagnostics.error(at, "body", Message.of("attachment-symlink", "file", relative));
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            diagnostics.error(at, "body", Message.of("attachment-folder", "file", relative));
            return Optional.empty();
        }
        String extension = FileTypes.extension(name);
        Optional<String> refusal = FileTypes.refusalRule(extension);
        if (refusal.isPresent()) {
            diagnostics.error(at, "body", Message.of(refusal.get(), "file", relative,
                    "extension", extension));
            return Optional.empty();
        }
        String title = link.text();
        int width = 0;
        int height = 0;
        if (image) {
            if (!FileTypes.isImage(extension)) {
                diagnostics.error(at, "body", Message.of("image-not-an-image", "file", relative,
                        "extension", extension, "title", title, "target", written));
                return Optional.empty();
            }
            if (title.isEmpty()) {
                diagnostics.error(at, "body", Message.of("image-no-alt-text", "file", relative,
                        "target", written));
                return Optional.empty();
            }
            Optional<ImageSize.Dimensions> size = dimensions(target, relative, at, diagnostics);
            if (size.isEmpty()) {
                return Optional.empty();
            }
            boolean sideways = PhotoMetadata.turnsSideways(
                    PhotoMetadata.orientation(header(target)));
            width = sideways ? size.get().height() : size.get().width();
            height = sideways ? size.get().width() : size.get().height();
        }
        return Optional.of(new Attachment(written, title.isEmpty() ? baseName(name) : title, name,
                SafeNames.address(inContent), extension.toUpperCase(java.util.Locale.ROOT),
                attributes.size(), width, height, image, target, at.line(), at.column(),
                attributes.lastModifiedTime().toMillis()));
    }

    private static Optional<ImageSize.Dimensions> dimensions(Path target, String relative,
            Position at, Diagnostics diagnostics) {
        Optional<ImageSize.Dimensions> size;
        try {
            size = ImageSize.read(target);
        } catch (IOException e) {
            size = Optional.empty();
        }
        if (size.isEmpty()) {
            diagnostics.error(at, "body", Message.of("image-unreadable", "file", relative));
            return Optional.empty();
        }
        if (size.get().pixels() > ImageSize.MAX_PIXELS) {
            diagnostics.error(at, "body", Message.of("image-too-large", "file", relative,
                    "width", size.get().width(), "height", size.get().height(),
                    "max", ImageSize.MAX_PIXELS / 1_000_000));
            return Optional.empty();
        }
        return size;
    }

    /** The start of a file: enough for a JPEG's EXIF block (at most 64 KB). */
    private static byte[] header(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(70_000);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The content folder: the file's path without its path inside the folder. */
    private static Path contentRoot(SourceFile file) {
        Path root = file.path().toAbsolutePath().normalize();
        for (int i = file.relative().split("/").length; i > 0; i--) {
            root = root.getParent();
        }
        return root;
    }

    private static String display(SourceFile file, String inContent) {
        String display = file.displayPath();
        String rootShown = display.substring(0, display.length() - file.relative().length());
        return rootShown + inContent;
    }

    private static String path(String target) {
        int end = target.length();
        for (char c : new char[] {'#', '?'}) {
            int at = target.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return target.substring(0, end);
    }

    /** {@code %E5%90%8D%E5%8D%95.xlsx} as Typora writes it → {@code 名单.xlsx}. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

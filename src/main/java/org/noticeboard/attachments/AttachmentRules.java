package org.noticeboard.attachments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.Attachment;
import org.noticeboard.model.Item;
import org.noticeboard.model.Site;
import org.noticeboard.source.EditorFiles;

/**
 * What needs the whole site to check about attached files: the size limit of site.yaml, two
 * files that would be published at one address, and files that no item links to (they are not
 * published, which the editor may not expect).
 */
public final class AttachmentRules {

    /**
     * @param linked every file a body links to ({@link AttachmentFinder#targets}), also those
     *     refused (they have their error)
     */
    public void check(Site site, Set<Path> linked, Path contentRoot, String displayRoot,
            Diagnostics diagnostics) {
        long limit = site.config().attachmentMaxBytes();
        Map<String, Path> byAddress = new HashMap<>();
        for (Item item : site.items()) {
            Set<String> reported = new HashSet<>();
            for (Attachment a : item.attachments()) {
                Position at = new Position(item.source(), a.line(), a.column());
                if (a.bytes() > limit && reported.add(a.address())) {
                    diagnostics.error(at, "body", Message.of("attachment-too-large",
                            "name", a.name(), "size", megabytes(a.bytes()),
                            "max", site.config().attachmentMaxMb()));
                }
                Path other = byAddress.putIfAbsent(a.address(), a.file());
                if (other != null && !other.equals(a.file()) && reported.add(a.address())) {
                    diagnostics.error(at, "body", Message.of("attachment-same-address",
                            "name", a.name(), "address", a.address(),
                            "other", other.getFileName()));
                }
            }
        }
        unlinked(contentRoot, displayRoot, linked, site, diagnostics);
    }

    private static void unlinked(Path contentRoot, String displayRoot, Set<Path> linked,
            Site site, Diagnostics diagnostics) {
        Path root;
        try {
            root = contentRoot.toRealPath();
        } catch (IOException e) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> isAttachment(root, p, site))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return; // the source stage reports a folder it cannot list
        }
        for (Path file : files) {
            if (!linked.contains(file)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                diagnostics.warning(Position.of(displayRoot + "/" + relative), "",
                        Message.of("attachment-unlinked", "file", relative,
                                "name", file.getFileName()));
            }
        }
    }

    /** Files that might be meant as attachments: not content, configuration, data or hidden. */
    private static boolean isAttachment(Path root, Path file, Site site) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return !name.endsWith(".md") && !name.startsWith(".") && !EditorFiles.isScratch(file)
                && !relative.startsWith("data/") && relative.contains("/")
                && !relative.equals(site.config().holidaysFile())
                && !Stream.of(relative.split("/")).anyMatch(s -> s.startsWith("."));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}

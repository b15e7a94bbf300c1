package org.noticeboard.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The publish stage: writes every file into a staging folder beside the output, then swaps the
 * staging folder into place. A build that fails or is killed before the swap leaves the previous
 * site untouched; the swap itself is two renames on one file system. A kill between the two
 * renames leaves the previous site complete in {@code .site.old}, and the next build puts it back
 * first ({@link PublishRecovery}) — so {@code site/} can be missing, never partial.
 */
public final class SitePublisher {

    /**
     * Opens a staging folder beside {@code output} (after putting back what a killed build left)
     * for files to be written into as they are rendered; nothing is published until
     * {@link Staging#commit}, and closing an uncommitted staging folder deletes it.
     */
    public Staging begin(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        PublishRecovery recovery = new PublishRecovery(target);
        recovery.recover();
        return new Staging(target, Files.createTempDirectory(parent, recovery.stagingPrefix()),
                publishedFiles(target));
    }

    /**
     * The regular files of the published site, path → size. The walk does not follow links, so
     * a file behind a linked folder is never among them.
     */
    static Map<String, Long> publishedFiles(Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Map<String, Long> files = new HashMap<>();
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.put(target.relativize(file).toString().replace('\\', '/'),
                            attrs.size());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // not reused, written anew
            }
        });
        return files;
    }

    /**
     * A message an editor can act on: Java's file exceptions often carry only a path, and a full
     * disk shows up as many different errors, so the free space is checked and named.
     */
    static String describe(IOException e, Path parent) {
        String what = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            what = f.getFile() + ": " + e.getClass().getSimpleName();
        }
        try {
            if (Files.getFileStore(parent).getUsableSpace() < 1024 * 1024) {
                return what + " (the disk is full)";
            }
        } catch (IOException ignored) {
            // the original message is all we can say
        }
        return what;
    }

    static void swap(Path staging, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteTree(old);
        boolean hadSite = Files.exists(target);
        if (hadSite) {
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            if (hadSite && !Files.exists(target)) {
                move(old, target);
            }
            throw e;
        }
        deleteTree(old);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                    throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

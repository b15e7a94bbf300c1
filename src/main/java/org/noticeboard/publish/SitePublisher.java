package org.noticeboard.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
        Path target = OutputFolder.target(output);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        PublishRecovery recovery = new PublishRecovery(target);
        recovery.recover();
        OutputFolder.Occupant occupant = OutputFolder.occupant(target);
        Optional<String> refusal = occupant.refusal(output);
        if (refusal.isPresent()) {
            throw new OutputRefusedException(refusal.get());
        }
        return new Staging(target, output, createFolder(parent, recovery.stagingPrefix()),
                occupant);
    }

    /**
     * A new staging folder, made as {@code mkdir} makes folders: with the permissions the
     * user's umask allows (a temporary folder would be 0700, and the published site unreadable
     * to a web server running as another user).
     */
    static Path createFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path folder = parent.resolve(prefix + Long.toHexString(
                    ThreadLocalRandom.current().nextLong() >>> 1));
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
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

package org.noticeboard.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.OutputSink;

/**
 * A staging folder being filled while the site renders: each file is written as soon as it is
 * made (from any thread), so the pages of a large site never sit in memory together. A write
 * that fails does not stop the render: the first failure is kept, later files are skipped, and
 * {@link #commit} reports it. Until the commit swaps the folder into place, the published site
 * is untouched; {@link #close} without a commit deletes the folder.
 *
 * <p>A file whose bytes are those of the same file in the published site is not written again
 * but hard-linked to it: a rebuild that changes few pages creates few new files (on ext4 the
 * allocation of thousands of new inodes, right after the previous site's were freed, was a fifth
 * of a 10,000-item build's time), and unchanged pages keep their modification time, which
 * {@code rsync} and HTTP caches use. Files are never changed in place, so sharing them with the
 * previous site is safe; where links are not supported, files are written.
 */
public final class Staging implements OutputSink, AutoCloseable {

    private final Path target;
    private final Path shown;
    private final Path root;
    private final Map<String, Long> published;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final AtomicInteger linked = new AtomicInteger();
    private volatile boolean linking = true;
    private volatile boolean open = true;
    private boolean committed;

    /**
     * @param target the folder to replace (the target of a linked output)
     * @param shown the output as the user named it, for messages
     * @param occupant what is in {@code target} now: its regular files are linked to, never
     *     anything behind a link
     */
    Staging(Path target, Path shown, Path root, OutputFolder.Occupant occupant) {
        this.target = target;
        this.shown = shown;
        this.root = root;
        this.published = occupant.files();
    }

    /** How many files were linked to the published site's instead of written. */
    public int linked() {
        return linked.get();
    }

    /** Writes one file; each path was made by us, and is checked to stay inside. */
    @Override
    public void accept(OutputFile file) {
        if (!open || failure.get() != null) {
            return;
        }
        Path p = root.resolve(file.path()).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalStateException("refusing to write outside the output: "
                    + file.path());
        }
        try {
            Path folder = p.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            written.add(file.path());
            if (linkedToPublished(file, p)) {
                return;
            }
            // CREATE_NEW: two page groups writing one path is a bug, not a last-one-wins race
            Files.write(p, file.bytes(), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("two pages were rendered to " + file.path(), e);
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Links {@code p} to the published file of the same path if that has the same bytes. */
    private boolean linkedToPublished(OutputFile file, Path p) throws IOException {
        Long size = published.get(file.path());
        if (!linking || size == null || size < 0 || size != file.bytes().length) {
            return false;
        }
        Path old = target.resolve(file.path());
        try {
            if (!Arrays.equals(Files.readAllBytes(old), file.bytes())) {
                return false;
            }
            Files.createLink(p, old);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            linking = false; // e.g. a file system without hard links: write every file
            return false;
        }
        linked.incrementAndGet();
        return true;
    }

    /**
     * Marks the folder as the tool's with the list of what it holds, and swaps it into place;
     * throws the first write failure instead (described so an editor can act on it: a full disk
     * is named), and then the folder is deleted by {@link #close}. The folder being replaced is looked at once more first: a
     * file put there since the build began is never deleted.
     */
    public void commit() throws IOException {
        open = false;
        try {
            IOException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            var refusal = OutputFolder.occupant(target).refusal(shown, Set.copyOf(written));
            if (refusal.isPresent()) {
                throw new OutputRefusedException(refusal.get());
            }
            new SiteMarker(written).write(root);
            SitePublisher.swap(root, target);
            committed = true;
        } catch (OutputRefusedException e) {
            throw e;
        } catch (IOException e) {
            // Describe first: deleting the staging folder frees the space that shows a full disk.
            throw new IOException(SitePublisher.describe(e, target.getParent()), e);
        }
    }

    /**
     * Deletes the folder unless it was published. Called after the render has returned, so no
     * write is still running; a leftover from a render that failed midway is removed by the
     * next build ({@link PublishRecovery}).
     */
    @Override
    public void close() {
        open = false;
        if (!committed) {
            try {
                SitePublisher.deleteTree(root);
            } catch (IOException e) {
                // what is left is removed by the next build; the build's own outcome stands
            }
        }
    }
}

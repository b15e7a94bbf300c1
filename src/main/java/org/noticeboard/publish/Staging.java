package org.noticeboard.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.OutputSink;

/**
 * A staging folder being filled while the site renders: each file is written as soon as it is
 * made (from any thread), so the pages of a large site never sit in memory together. A write
 * that fails does not stop the render: the first failure is kept, later files are skipped, and
 * {@link #commit} reports it. Until the commit swaps the folder into place, the published site
 * is untouched; {@link #close} without a commit deletes the folder.
 */
public final class Staging implements OutputSink, AutoCloseable {

    private final Path target;
    private final Path root;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private volatile boolean open = true;
    private boolean committed;

    Staging(Path target, Path root) {
        this.target = target;
        this.root = root;
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
            // CREATE_NEW: two page groups writing one path is a bug, not a last-one-wins race
            Files.write(p, file.bytes(), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("two pages were rendered to " + file.path(), e);
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    /**
     * Adds the theme's static files under {@code assets/} and swaps the folder into place;
     * throws the first write failure instead (described so an editor can act on it: a full disk
     * is named), and then the folder is deleted by {@link #close}.
     */
    public void commit(Path staticFiles) throws IOException {
        open = false;
        try {
            IOException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            if (staticFiles != null && Files.isDirectory(staticFiles)) {
                SitePublisher.copyTree(staticFiles, root.resolve("assets"));
            }
            SitePublisher.swap(root, target);
            committed = true;
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

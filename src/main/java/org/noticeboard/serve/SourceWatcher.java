package org.noticeboard.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.noticeboard.source.EditorFiles;

/**
 * Watches folders and everything below them (the JDK watches one folder at a time, so each
 * sub-folder is registered, and new ones as they appear). Changes that come in a burst — an
 * editor saving through a temporary file, a git checkout — are gathered until the folders have
 * been quiet for the debounce time, then handed over at once.
 */
public final class SourceWatcher implements AutoCloseable {

    /** Receives the paths that changed in one burst; runs on the watcher's thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Set<Path> paths) throws IOException;
    }

    private static final String FAILED = "noticeboard: the rebuild after a change failed "
            + "(still watching; save again to retry): ";
    private static final String STOPPED = "noticeboard: the preview stopped watching: ";

    private final WatchService watch;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final List<Path> roots;
    private final long debounceMillis;
    private final Thread thread;

    public SourceWatcher(List<Path> roots, long debounceMillis, Listener listener)
            throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.debounceMillis = debounceMillis;
        this.watch = this.roots.get(0).getFileSystem().newWatchService();
        for (Path root : this.roots) {
            register(root);
        }
        this.thread = new Thread(() -> loop(listener), "noticeboard-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Listener listener) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                drain(watch.take(), changed);
                WatchKey more;
                while ((more = watch.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    deliver(listener, changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the server is stopping.
        }
    }

    /**
     * Hands one burst to the listener. Whatever it throws, the watcher keeps watching: the next
     * save (the fix) must still be seen. Only an error of the VM itself ends it.
     */
    private static void deliver(Listener listener, Set<Path> changed) {
        try {
            listener.changed(changed);
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)
                    && !(e instanceof OutOfMemoryError)) {
                System.err.println(STOPPED + e);
                throw fatal;
            }
            System.err.println(FAILED + e);
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.addAll(roots);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isEditorScratch(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    changed.addAll(roots);
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(watch, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
            }
        }
    }

    /** Swap and backup files of editors (vim, emacs, Office) are not content. */
    private static boolean isEditorScratch(Path path) {
        return EditorFiles.isScratch(path);
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}

package org.noticeboard.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the output back in order after a build that was killed. Publishing works in three steps
 * beside the output folder {@code site/}: write {@code .site.staging-*}, rename {@code site/} to
 * {@code .site.old}, rename the staging folder to {@code site/}. A kill can leave a staging
 * folder, a stale {@code .site.old}, or — between the two renames — no {@code site/} at all but a
 * complete {@code .site.old}. Run under the {@link BuildLock}: every such folder then belongs to
 * a build that is no longer running.
 */
public final class PublishRecovery {

    private final Path target;

    public PublishRecovery(Path output) {
        this.target = OutputFolder.target(output);
    }

    /** What recovery did, for the build's report (empty lists when nothing was wrong). */
    public record Outcome(boolean restored, List<Path> removed) {}

    /** Restores the previous site if a swap was cut short, then removes leftovers. */
    public Outcome recover() throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return new Outcome(false, List.of());
        }
        boolean restored = false;
        Path old = oldFolder();
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            SitePublisher.move(old, target);
            restored = true;
        }
        List<Path> removed = new ArrayList<>();
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            SitePublisher.deleteTree(old);
            removed.add(old);
        }
        for (Path staging : stagingFolders()) {
            SitePublisher.deleteTree(staging);
            removed.add(staging);
        }
        return new Outcome(restored, List.copyOf(removed));
    }

    Path oldFolder() {
        return target.resolveSibling("." + target.getFileName() + ".old");
    }

    String stagingPrefix() {
        return "." + target.getFileName() + ".staging-";
    }

    /** Staging folders of this output only: other outputs in the same parent are left alone. */
    List<Path> stagingFolders() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(stagingPrefix()))) {
            for (Path p : siblings) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}

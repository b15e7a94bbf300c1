package org.noticeboard.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.model.ChangeHistory;
import org.noticeboard.model.ChangeHistory.Revision;

/**
 * Reads the change history of every content file from the git repository the content folder is
 * in, with one walk over the log: each commit is compared with its parent once, and every
 * Markdown file it changed gets a revision. Merge commits are skipped: their changes are the
 * commits of the merged branch. Only the commit time and the message's first line are kept,
 * never names or e-mail addresses.
 */
public final class GitHistoryReader {

    /**
     * The history, or an empty one when the folder is not inside a git work tree; a repository
     * whose history is missing (a shallow clone, no commit yet) is an empty one and a warning.
     */
    public ChangeHistory read(Path contentRoot, Diagnostics diagnostics) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder()
                .findGitDir(contentRoot.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return ChangeHistory.none();
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return ChangeHistory.none();
            }
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return withoutHistory(contentRoot, diagnostics,
                        Message.of("git-history-no-commits"));
            }
            if (!repo.getObjectDatabase().getShallowCommits().isEmpty()) {
                // a shallow clone's oldest commit would pass for every item's first
                // publication, on the day of the deploy: a public record must not say that
                return withoutHistory(contentRoot, diagnostics,
                        Message.of("git-history-shallow"));
            }
            return new ChangeHistory(walk(repo, head, prefix(repo.getWorkTree(), contentRoot)));
        } catch (IOException | RuntimeException e) {
            diagnostics.warning(Position.of(contentRoot.getFileName() + "/"), "",
                    Message.of("git-history-unreadable", "problem", e.getMessage()));
            return ChangeHistory.none();
        }
    }

    /** No history, said once: the pages fall back to the dates of the fields. */
    private static ChangeHistory withoutHistory(Path contentRoot, Diagnostics diagnostics,
            Message message) {
        diagnostics.warning(Position.of(contentRoot.getFileName() + "/"), "", message);
        return ChangeHistory.none();
    }

    /** The content folder's path inside the work tree, e.g. {@code content/}, or empty. */
    private static String prefix(File workTree, Path contentRoot) throws IOException {
        Path rel = workTree.toPath().toRealPath().relativize(contentRoot.toRealPath());
        String p = rel.toString().replace('\\', '/');
        return p.isEmpty() ? "" : p + "/";
    }

    private static Map<String, List<Revision>> walk(Repository repo, ObjectId head,
            String prefix) throws IOException {
        Map<String, List<Revision>> byPath = new HashMap<>();
        TreeFilter files = PathSuffixFilter.create(".md");
        TreeFilter scope = prefix.isEmpty() ? files : AndTreeFilter.create(
                PathFilter.create(prefix.substring(0, prefix.length() - 1)), files);
        try (RevWalk walk = new RevWalk(repo); TreeWalk diff = new TreeWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            diff.setRecursive(true);
            diff.setFilter(AndTreeFilter.create(scope, TreeFilter.ANY_DIFF));
            for (RevCommit commit : walk) {
                if (commit.getParentCount() > 1) {
                    continue;
                }
                diff.reset();
                if (commit.getParentCount() == 1) {
                    diff.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                } else {
                    diff.addTree(new EmptyTreeIterator());
                }
                diff.addTree(commit.getTree());
                Revision revision = new Revision(Instant.ofEpochSecond(commit.getCommitTime()),
                        commit.getShortMessage().strip());
                while (diff.next()) {
                    if (diff.getFileMode(1) == FileMode.MISSING) {
                        continue;
                    }
                    String path = diff.getPathString().substring(prefix.length());
                    byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(revision);
                }
            }
        }
        byPath.values().forEach(list -> {
            Collections.reverse(list); // the walk is newest first; ties keep commit order
            list.sort(Comparator.comparing(Revision::time));
        });
        return byPath;
    }
}

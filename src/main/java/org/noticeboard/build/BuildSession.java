package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.noticeboard.diag.Diagnostic;

/**
 * The preview's builds: one {@link Pipeline} kept alive between runs, so an edit redoes only
 * what it touched, with the site kept in memory. A build with errors leaves the last good
 * output in place.
 *
 * <p>Used by the preview server, and by tests and benchmarks without any HTTP.
 */
public final class BuildSession {

    private final Pipeline pipeline;
    private final SessionOutput output = new SessionOutput();
    private final MemorySink sink = new MemorySink(output);
    private volatile List<Diagnostic> diagnostics = List.of();
    private BuildOptions options;

    public BuildSession(BuildOptions options) {
        this.options = options;
        this.pipeline = new Pipeline(options, true);
    }

    /** The content folder and the theme folder: what a watcher should watch. */
    public List<Path> inputs() {
        return pipeline.inputs();
    }

    /**
     * The last good output, path → bytes, including the theme's files under assets/: a
     * read-only view that each good build changes in place (copy it to keep a snapshot).
     */
    public Map<String, byte[]> files() {
        return output.files();
    }

    /** The diagnostics of the latest build, good or not. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Builds everything. */
    public synchronized SessionUpdate build() throws IOException {
        return update(List.of());
    }

    /**
     * Builds again after the files at {@code changed} (files or folders, in the content or the
     * theme; deleted ones too) have changed.
     */
    public synchronized SessionUpdate update(Collection<Path> changed) throws IOException {
        BuildResult result = pipeline.run(changed, sink);
        diagnostics = result.diagnostics();
        return new SessionUpdate(result.diagnostics(), result.changed(), result.published(),
                result.files(), result.nanos(), result.times());
    }
}

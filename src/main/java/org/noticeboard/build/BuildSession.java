package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Severity;

/**
 * The preview's builds: one {@link Pipeline} kept alive between runs, so an edit redoes only
 * what it touched, with the site kept in memory. A build with errors leaves the last good
 * output in place.
 *
 * <p>Used by the preview server, and by tests and benchmarks without any HTTP.
 */
public final class BuildSession {

    private Pipeline pipeline;
    private final SessionOutput output = new SessionOutput();
    private final MemorySink sink = new MemorySink(output);
    private volatile List<Diagnostic> diagnostics = List.of();
    private final BuildOptions options;

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
        long began = System.nanoTime();
        BuildResult result;
        try {
            result = pipeline.run(changed, sink);
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)
                    && !(e instanceof OutOfMemoryError)) {
                throw e; // the VM itself is broken: nothing sensible is left to do
            }
            // Whatever a template or a file did, the preview lives on: the error is shown like
            // any other, and the next run starts from scratch, since this one may have left the
            // pipeline's memo half updated. The last good site stays in memory.
            pipeline = new Pipeline(options, true);
            result = new BuildResult(List.of(failure(e)), Optional.empty(), 0, false,
                    new StageTimes(), Set.of(), System.nanoTime() - began);
        }
        diagnostics = result.diagnostics();
        return new SessionUpdate(result.diagnostics(), result.changed(), result.published(),
                result.files(), result.nanos(), result.times());
    }

    /** A run that ended in an exception, as a diagnostic. */
    private static Diagnostic failure(Throwable e) {
        Message what = e instanceof OutOfMemoryError ? Message.of("rebuild-out-of-memory")
                : e instanceof StackOverflowError ? Message.of("rebuild-too-deep")
                : Message.of("rebuild-failed", "problem", e);
        return Diagnostic.of("", 0, 0, Severity.ERROR, "", what);
    }
}

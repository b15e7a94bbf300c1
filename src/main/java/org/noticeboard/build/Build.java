package org.noticeboard.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Position;
import org.noticeboard.publish.OutputFolder;
import org.noticeboard.publish.PublishRecovery;

/**
 * One build ({@code build}, {@code check}, {@code print}): the {@link Pipeline} run once, into
 * a staging folder that is swapped into place when nothing is wrong, or nowhere for a check.
 */
public final class Build {

    public BuildResult run(BuildOptions options) throws IOException {
        if (options.publish()) {
            var refusal = OutputFolder.refusal(options.output(), options.source(),
                    options.theme());
            if (refusal.isPresent()) {
                Diagnostics diagnostics = new Diagnostics();
                diagnostics.error(Position.of(""), "", Message.of("output-folder-refused",
                        "reason", refusal.get()));
                return new BuildResult(diagnostics.sorted(), Optional.empty(), 0, false,
                        new StageTimes(), Set.of(), 0);
            }
            // a swap cut short by a kill is put right even if this build then fails
            new PublishRecovery(options.output()).recover();
        }
        try (FolderSink sink = new FolderSink(options.output(), options.publish(),
                displayName(options.source()))) {
            return new Pipeline(options, false).run(List.of(), sink);
        }
    }

    /** Paths in messages start at the content folder as the editor knows it: content/… */
    static String displayName(Path source) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = source.toAbsolutePath().normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString()
                : String.valueOf(abs.getFileName());
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }
}

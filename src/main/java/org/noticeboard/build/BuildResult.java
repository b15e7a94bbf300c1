package org.noticeboard.build;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.model.Site;

/**
 * What a run of the pipeline did: its diagnostics, the site model if it got that far, the files
 * rendered, whether the site was published, and how long each stage took.
 *
 * @param changed output paths whose bytes changed, appeared or disappeared (known to the
 *     preview, which keeps the site in memory; empty for a build into a folder)
 */
public record BuildResult(List<Diagnostic> diagnostics, Optional<Site> site, int files,
        boolean published, StageTimes times, Set<String> changed, long nanos) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        changed = Set.copyOf(changed);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

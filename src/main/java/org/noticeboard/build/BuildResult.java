package org.noticeboard.build;

import java.util.List;
import java.util.Optional;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.model.Site;

/**
 * What a build did: its diagnostics, the site model if it got that far, files written, and how
 * long each stage took.
 */
public record BuildResult(List<Diagnostic> diagnostics, Optional<Site> site, int files,
        boolean published, StageTimes times) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

package org.noticeboard.build;

import java.util.List;
import java.util.Set;
import org.noticeboard.diag.Diagnostic;

/**
 * What one build of a {@link BuildSession} did.
 *
 * @param ok false when the content has errors: the session kept its last good output
 * @param changed output paths whose bytes changed, appeared or disappeared
 * @param rendered how many files were rendered to find them
 * @param times how long each stage took, and each page group in each copy of the site
 */
public record SessionUpdate(List<Diagnostic> diagnostics, Set<String> changed, boolean ok,
        int rendered, long nanos, StageTimes times) {

    public long millis() {
        return nanos / 1_000_000;
    }
}

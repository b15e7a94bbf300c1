package org.noticeboard.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.Optional;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.publish.BuildLock;
import org.noticeboard.publish.OutputFolder;
import picocli.CommandLine.Option;

/**
 * What every command that publishes the site shares (build, print): where it goes, at which
 * address, and the same safe way of getting there — refuse an output folder that would swallow
 * the sources, hold the output's lock, then build.
 */
final class PublishOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "site",
            description = "Output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, for feeds, QR codes and canonical links")
    String baseUrl;

    /** Builds and publishes; empty when another build holds the output's lock. */
    Optional<BuildResult> publish(CommonOptions common, boolean history) throws IOException {
        return publish(common, history, Optional.empty());
    }

    /** @param firstUnprinted where the week's change sheets start, when not this week */
    Optional<BuildResult> publish(CommonOptions common, boolean history,
            Optional<LocalDate> firstUnprinted) throws IOException {
        var options = new BuildOptions(common.source, output, common.theme(),
                CommonOptions.baseUrl(baseUrl), common.clock(), true, history, firstUnprinted);
        var refusal = OutputFolder.refusal(output, common.source, common.theme());
        if (refusal.isPresent()) {
            throw new CommonOptions.UsageException(refusal.get()
                    + "; choose a new folder for the site, e.g. --output site");
        }
        Optional<BuildLock> lock = BuildLock.tryAcquire(output);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try (BuildLock held = lock.get()) {
            return Optional.of(new Build().run(options));
        }
    }

    String busy() {
        return "another build is writing " + output + "; wait for it to finish";
    }
}

package org.noticeboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;

/** Builds the repository's example content, as the README's quick start does, into a folder. */
public final class ExampleBuild {

    private ExampleBuild() {}

    public static BuildResult into(Path site) {
        return into(site, Optional.empty());
    }

    public static BuildResult into(Path site, Optional<String> baseUrl) {
        try {
            return new Build().run(new BuildOptions(Projects.exampleContent(), site,
                    Projects.theme(), baseUrl,
                    LocalDate.of(2026, 11, 29).atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")),
                    true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a built site with the given ending, as paths relative to the site. */
    public static List<String> files(Path site, String ending) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(ending))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

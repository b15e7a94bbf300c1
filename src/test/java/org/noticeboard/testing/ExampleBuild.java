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

/** The example content built as the README's quick start builds it, on the tests' build date. */
public final class ExampleBuild {

    private ExampleBuild() {}

    public static BuildResult into(Path site) {
        try {
            return new Build().run(new BuildOptions(Projects.exampleContent(), site,
                    Projects.theme(), Optional.empty(),
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

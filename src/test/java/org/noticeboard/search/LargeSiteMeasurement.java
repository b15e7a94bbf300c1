package org.noticeboard.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.LargeSite;

/**
 * Builds a generated 10,000-item site (the example's items copied with new titles) and prints
 * the size of the search index and open data. Slow, so only on request:
 * {@code mvn -o test -Dtest=LargeSiteMeasurement -Dnoticeboard.measure=true}.
 */
@EnabledIfSystemProperty(named = "noticeboard.measure", matches = "true")
class LargeSiteMeasurement {

    static final int ITEMS = 10_000;
    /** The budget the index must stay under on such a site (uncompressed). */
    static final long BUDGET = 12L * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void tenThousandItems() throws Exception {
        Path content = temp.resolve("content");
        int made = LargeSite.write(content, ITEMS);
        long start = System.nanoTime();
        BuildResult result = new Build().run(new BuildOptions(content, temp.resolve("site"),
                Projects.theme(), Optional.empty(),
                LocalDate.of(2026, 11, 29).atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")),
                true));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::oneLine).limit(5).toList());
        Path index;
        try (Stream<Path> walk = Files.walk(temp.resolve("site/search"))) {
            index = walk.filter(Files::isRegularFile).max(java.util.Comparator.comparingLong(
                    p -> p.toFile().length())).orElseThrow(); // the largest file of the index
        }
        long size = Files.size(index);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(index));
        }
        System.out.printf("MEASURE items=%d files=%d build_ms=%d index_bytes=%d index_gzip=%d"
                        + " items_json_bytes=%d%n", made, result.files(), millis, size,
                gz.size(), Files.size(temp.resolve("site/items.json")));
        assertTrue(size < BUDGET, "index " + size + " bytes");
    }
}

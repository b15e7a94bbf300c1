package org.noticeboard.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.testing.LargeSite;
import org.noticeboard.testing.Projects;

/**
 * Budgets on a site of 1,500 items (large enough that one unpaginated listing or one search
 * index would break them): no web page over 150 KB, no file of the search index over 300 KB,
 * in every copy of the site. Print jobs (print/…) are the clerk's, not a page to browse.
 */
class ScaleBudgetTest {

    static final int ITEMS = 1_500;
    static final long PAGE_BUDGET = 150 * 1024;
    static final long SEARCH_FILE_BUDGET = 300 * 1024;

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = temp.resolve("content");
        LargeSite.write(content, ITEMS);
        site = temp.resolve("site");
        BuildResult result = new Build().run(new BuildOptions(content, site, Projects.theme(),
                Optional.empty(), LocalDate.of(2026, 11, 29).atTime(8, 0)
                        .atZone(ZoneId.of("Asia/Shanghai")), true));
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::oneLine).limit(5).toList());
    }

    @Test
    void noWebPageIsOver150KB() throws Exception {
        Map<String, Long> over = over(p -> p.endsWith(".html") && !isPrint(p), PAGE_BUDGET);
        assertEquals(Map.of(), over);
        assertTrue(Files.isRegularFile(site.resolve("notice/page-2.html")), "paginated");
    }

    @Test
    void noSearchFileIsOver300KB() throws Exception {
        Map<String, Long> over = over(p -> p.matches("((en/)?(large/)?)search/.*"),
                SEARCH_FILE_BUDGET);
        assertEquals(Map.of(), over);
        assertTrue(Files.isRegularFile(site.resolve("search/t/1.js")), "split");
    }

    private static boolean isPrint(String path) {
        return path.replaceFirst("^(en/)?(large/)?", "").startsWith("print/");
    }

    private static Map<String, Long> over(java.util.function.Predicate<String> which, long budget)
            throws Exception {
        Map<String, Long> over = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                long size = Files.size(file);
                if (which.test(path) && size > budget) {
                    over.put(path, size);
                }
            }
        }
        return over;
    }
}

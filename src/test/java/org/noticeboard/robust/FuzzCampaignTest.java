package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.config.ConfigLoader;
import org.noticeboard.config.HolidayLoader;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.testing.Projects;

/**
 * The bad-input campaign: mutants of the real example files go through the real stages. Every
 * input must end in success or in clean errors that name the file and a line — never an uncaught
 * exception, a hang or a runaway. The seed is fixed so CI is repeatable; pass
 * {@code -Dnoticeboard.fuzz.seed=N} to explore others, and {@code -Dnoticeboard.fuzz.scale=10}
 * for a longer campaign.
 */
class FuzzCampaignTest {

    static final long SEED = Long.getLong("noticeboard.fuzz.seed", 20261129L);
    static final int SCALE = Integer.getInteger("noticeboard.fuzz.scale", 1);
    static final Duration LIMIT = Duration.ofSeconds(10);
    static final AtomicInteger TRIED = new AtomicInteger();

    static ContentPipeline refusing;
    static ContentPipeline sanitizing;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws IOException {
        refusing = new ContentPipeline(Projects.exampleContent(), Projects.theme(), "refuse");
        sanitizing = new ContentPipeline(Projects.exampleContent(), Projects.theme(), "sanitize");
    }

    @AfterAll
    static void report() {
        System.out.println("FuzzCampaignTest: " + TRIED.get() + " generated inputs, seed " + SEED);
    }

    @Test
    void mutatedContentFilesEndInSuccessOrCleanErrors() throws IOException {
        campaign(refusing, 2400 * SCALE, SEED);
    }

    @Test
    void mutatedContentFilesUnderSanitizeEndInSuccessOrCleanErrors() throws IOException {
        campaign(sanitizing, 600 * SCALE, SEED + 1);
    }

    private void campaign(ContentPipeline pipeline, int inputs, long seed) throws IOException {
        List<String> paths = pipeline.examplePaths();
        List<byte[]> originals = new ArrayList<>();
        for (String p : paths) {
            originals.add(Files.readAllBytes(Projects.exampleContent().resolve(p)));
        }
        Mutator mutator = new Mutator(seed);
        int succeeded = 0;
        for (int n = 0; n < inputs; n++) {
            int which = n % paths.size();
            Mutator.Mutant mutant = mutator.mutate(originals.get(which));
            String path = paths.get(which);
            List<Diagnostic> result = survive(path, mutant, () -> pipeline.run(path,
                    mutant.bytes()), n);
            assertClean("content/" + path, result, mutant, n);
            if (result.stream().noneMatch(Diagnostic::isError)) {
                succeeded++;
            }
            TRIED.incrementAndGet();
        }
        assertTrue(succeeded > inputs / 20, "some mutants stay valid (" + succeeded + ")");
        assertTrue(succeeded < inputs, "most mutants are refused");
    }

    @Test
    void mutatedSiteConfigurationEndsInSuccessOrCleanErrors() throws IOException {
        byte[] original = Files.readAllBytes(Projects.exampleContent().resolve("site.yaml"));
        Mutator mutator = new Mutator(SEED + 2);
        Path content = temp.resolve("content");
        Files.createDirectories(content);
        for (int n = 0; n < 300 * SCALE; n++) {
            Mutator.Mutant mutant = mutator.mutate(original);
            Files.write(content.resolve("site.yaml"), mutant.bytes());
            List<Diagnostic> result = survive("site.yaml", mutant, () -> {
                Diagnostics d = new Diagnostics();
                new ConfigLoader().load(content, "content", d);
                return d.sorted();
            }, n);
            assertClean("content/site.yaml", result, mutant, n);
            TRIED.incrementAndGet();
        }
    }

    @Test
    void mutatedHolidayFileEndsInSuccessOrCleanErrors() throws IOException {
        byte[] original = Files.readAllBytes(
                Projects.exampleContent().resolve("data/holidays.yaml"));
        Mutator mutator = new Mutator(SEED + 3);
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("data"));
        for (int n = 0; n < 300 * SCALE; n++) {
            Mutator.Mutant mutant = mutator.mutate(original);
            Files.write(content.resolve("data/holidays.yaml"), mutant.bytes());
            List<Diagnostic> result = survive("holidays.yaml", mutant, () -> {
                Diagnostics d = new Diagnostics();
                new HolidayLoader().load(content, "content", "data/holidays.yaml", d);
                return d.sorted();
            }, n);
            assertClean("content/data/holidays.yaml", result, mutant, n);
            TRIED.incrementAndGet();
        }
    }

    interface Run {
        List<Diagnostic> run() throws Exception;
    }

    /** Runs one input with a deadline; any throwable is a finding, saved for replay. */
    private List<Diagnostic> survive(String path, Mutator.Mutant mutant, Run run, int n) {
        try {
            return assertTimeoutPreemptively(LIMIT, run::run,
                    () -> "input " + n + " (" + mutant.steps() + ") of " + path + " hangs: "
                            + saved(path, mutant, n));
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError("input " + n + " (" + mutant.steps() + ") of " + path
                    + " crashes with " + e + "; saved to " + saved(path, mutant, n), e);
        }
    }

    /** Every error names the file, a line and says something; no Java internals leak. */
    static void assertClean(String file, List<Diagnostic> result, Mutator.Mutant mutant, int n) {
        for (Diagnostic d : result) {
            if (!d.isError()) {
                continue;
            }
            boolean clean = d.file().equals(file) && d.line() >= 1 && !d.message().isBlank()
                    && !d.message().contains("Exception") && !d.message().contains("java.");
            if (!clean) {
                fail("input " + n + " (" + mutant.steps() + "): unclean error '" + d.oneLine()
                        + "'; saved to " + saved(file, mutant, n));
            }
        }
    }

    private static String saved(String path, Mutator.Mutant mutant, int n) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Path p = dir.resolve(SEED + "-" + n + "-" + path.replace('/', '_'));
            Files.write(p, mutant.bytes());
            return p.toString();
        } catch (IOException e) {
            return "(not saved: " + e.getMessage() + ")";
        }
    }
}

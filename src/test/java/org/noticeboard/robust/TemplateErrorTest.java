package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;
import org.noticeboard.testing.TestSite;

/**
 * A broken theme ends in a diagnostic at the template's file and line, never a stack trace, a
 * stack overflow or a render that runs for minutes: each case here either overflowed the stack or
 * ran for 10⁸ iterations and gigabytes before the render limits.
 */
class TemplateErrorTest {

    @TempDir
    Path temp;
    Path theme;

    @BeforeEach
    void copyTheme() throws IOException {
        theme = temp.resolve("theme");
        SiteFiles.copyTree(Projects.theme(), theme);
    }

    /** Puts {@code line} first in the board page's receptions partial, then builds. */
    private List<String> errorsWith(String line) throws IOException {
        Path partial = theme.resolve("templates/partials/receptions.peb");
        Files.writeString(partial, line + "\n" + Files.readString(partial));
        TestSite site = TestSite.in(temp.resolve("site")).theme(theme)
                .file("street/policy/rules.md", Items.policy("公开规则"));
        long began = System.nanoTime();
        BuildResult result = site.build();
        assertTrue(System.nanoTime() - began < 60_000_000_000L, "the build ended quickly");
        assertFalse(result.published());
        return TestSite.lines(result).stream().filter(l -> l.contains("error:")).toList();
    }

    private static void assertOneError(String expected, List<String> errors) {
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).endsWith(expected), errors.get(0));
    }

    @Test
    void aPartialThatIncludesItselfIsAnErrorAtTheInclude() throws IOException {
        assertOneError("templates/partials/receptions.peb:1: error: template error: includes "
                + "nested more than 32 deep: does a template include itself, directly or "
                + "through another?",
                errorsWith("{% include \"partials/receptions\" %}"));
    }

    @Test
    void aHugeRangeIsRefusedBeforeItIsBuilt() throws IOException {
        assertOneError("templates/partials/receptions.peb:1: error: template error: range of "
                + "100,000,000 elements; at most 100000 are allowed",
                errorsWith("{% for i in range(1, 100000000) %}{{ i }}{% endfor %}"));
        assertEquals(1, errorsWith("{% for i in 1..100000000 %}{% endfor %}").size());
    }

    @Test
    void nestedRangesAreBoundedTogether() throws IOException {
        assertOneError("templates/partials/receptions.peb:1: error: template error: ranges of "
                + "this page together exceed 1000000 elements (nested loops?)",
                errorsWith("{% for i in 1..1000 %}{% for j in 1..1000 %}{% for k in 1..1000 %}"
                        + "{% endfor %}{% endfor %}{% endfor %}"));
    }

    @Test
    void aPageLargerThanTheOutputLimitIsAnError() throws IOException {
        List<String> errors = errorsWith("{% for i in 1..100000 %}" + "x".repeat(300)
                + "{% endfor %}");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("error: template error: the page is larger than "
                + "20971520 characters: a runaway loop?"), errors.get(0));
    }

    @Test
    void aMacroThatCallsItselfIsAnErrorNamingTheTemplate() throws IOException {
        List<String> errors = errorsWith("{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}"
                + "{{ again(1) }}");
        assertEquals(1, errors.size(), errors.toString());
        // the partial is in the board page and the home page: whichever rendered first
        assertTrue(errors.get(0).matches(".*templates/(board|home)\\.peb: error: template "
                + "error: template recursion too deep .*"), errors.get(0));
    }

    @Test
    void aMissingVariableIsAnErrorAtItsLine() throws IOException {
        List<String> errors = errorsWith("{{ no_such_variable }}");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("templates/partials/receptions.peb:1: error: template "
                + "error: "), errors.get(0));
        assertTrue(errors.get(0).contains("no_such_variable"), errors.get(0));
    }
}

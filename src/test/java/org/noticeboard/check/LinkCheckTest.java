package org.noticeboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.render.OutputFile;

/** The streaming check: what it reports when pages arrive one by one, in any order. */
class LinkCheckTest {

    private static OutputFile page(String path, String body) {
        return OutputFile.text(path, "<!doctype html><html><body>" + body + "</body></html>");
    }

    @Test
    void aLinkIsGoodIfItsTargetArrivesLaterOrIsAnAsset() {
        LinkCheck check = new LinkChecker().start(Set.of("assets/style.css"));
        check.accept(page("street/index.html",
                "<link href=\"../assets/style.css\"><a href=\"notice/a.html\">a</a>"));
        check.accept(page("street/notice/a.html", "<a href=\"../index.html\">up</a>"));
        Diagnostics diagnostics = new Diagnostics();
        check.report(diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void aBrokenLinkOnManyPagesNamesTheFirstTwentyByPathAndCountsTheRest() {
        List<OutputFile> pages = new ArrayList<>(IntStream.range(0, 25)
                .mapToObj(i -> page(String.format("notice/n%02d.html", i),
                        "<a href=\"../gone.html\">x</a>"))
                .toList());
        Collections.shuffle(pages, new java.util.Random(7));
        LinkCheck check = new LinkChecker().start(Set.of());
        pages.parallelStream().forEach(check::accept);
        Diagnostics diagnostics = new Diagnostics();
        check.report(diagnostics);

        List<Diagnostic> found = diagnostics.sorted();
        assertEquals(21, found.size());
        assertEquals(IntStream.range(0, 20).mapToObj(i -> String.format("site/notice/n%02d.html", i))
                .toList(), found.stream().limit(20).map(Diagnostic::file).toList());
        assertEquals("broken link to '../gone.html'", found.get(0).message());
        Diagnostic summary = found.get(20);
        assertEquals("the same broken link is on 5 more pages", summary.message());
        assertEquals("site/notice/n19.html", summary.file());
    }

    @Test
    void aPageShowsEachWayOfWritingABrokenLinkOnceAndCountsRepeats() {
        LinkCheck check = new LinkChecker().start(Set.of());
        check.accept(page("notice/a.html", "<a href=\"../gone.html\">1</a><a href=\"../gone.html\">2</a>"
                + "<img src=\"../x/../gone.html\">"));
        Diagnostics diagnostics = new Diagnostics();
        check.report(diagnostics);

        assertEquals(List.of("broken link to '../gone.html'", "broken link to '../x/../gone.html'",
                "the same broken link is on 1 more page"),
                diagnostics.sorted().stream().map(Diagnostic::message).toList());
    }
}

package org.noticeboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.Build;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildResult;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.render.OutputFile;
import org.noticeboard.testing.Projects;

/** The check stage's scanner and resolver agree with a real HTML parser and java.net.URI. */
class LinkCheckerTest {

    @Test
    void findsTheSameReferencesAsAnHtmlParserOnEveryPageOfTheExampleSite(@TempDir Path temp)
            throws IOException {
        Path site = temp.resolve("site");
        BuildResult result = new Build().run(new BuildOptions(Projects.exampleContent(), site,
                Projects.theme(), Optional.empty(),
                LocalDate.of(2026, 11, 29).atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")),
                true));
        assertTrue(result.published());
        int pages = 0;
        int refs = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                List<String> found = HtmlReferences.of(html);
                assertEquals(jsoupReferences(html), sorted(found), page.toString());
                pages++;
                refs += found.size();
            }
        }
        assertTrue(pages > 40 && refs > 1000, pages + " pages, " + refs + " references");
    }

    @Test
    void readsAttributesTheWayBrowsersDo() {
        String html = """
                <!DOCTYPE html><html><head><title>a <a href="no.html"></title>
                <script>var s = '<a href="no2.html">';</script>
                <link rel=stylesheet HREF=../assets/style.css></head>
                <body><!-- <a href="commented.html"> -->
                <a class="x" href = 'single.html?a=1&amp;b=2#top'>x</a>
                <img alt="a > b" src="img/&#x61;.png" loading=lazy>
                <p data-href="not-a-link.html">href="text.html"</p></body></html>
                """;
        assertEquals(List.of("../assets/style.css", "single.html?a=1&b=2#top", "img/a.png"),
                HtmlReferences.of(html));
        assertEquals(jsoupReferences(html), sorted(HtmlReferences.of(html)));
    }

    @Test
    void resolvesRelativePathsExactlyAsUriDoes() {
        List<String> pages = List.of("index.html", "street/index.html",
                "street/policy/a.html", "policy/index.html");
        List<String> refs = List.of("./", ".", "../", "../..", "../../", "a.html", "./a.html",
                "../index.html", "../../street/policy/b.html", "../../../x.html", "x/y/",
                "../assets/style.css", "a.html#top", "a.html?x=1", "b%20c.html", "#top",
                "https://example.org/", "mailto:a@b.cn", "tel:12345", "//cdn.example.org/x",
                "x//y.html", "../x/./y/../z.html", "..", "...", "a~b_c.html");
        for (String page : pages) {
            for (String ref : refs) {
                assertEquals(viaUri(page, ref), LinkChecker.resolve(page, ref), page + " " + ref);
            }
        }
    }

    @Test
    void reportsEachBrokenReference() {
        Diagnostics diagnostics = new Diagnostics((f, l) -> "");
        new LinkChecker().check(List.of(
                OutputFile.text("index.html", "<a href=\"street/index.html\">ok</a>"
                        + "<a href=street/missing.html>x</a><img src='../outside.png'>"),
                OutputFile.text("street/index.html", "<a HREF=\"../index.html#top\">home</a>"
                        + "<link href=\"../assets/style.css\">")),
                Set.of("assets/style.css"), diagnostics);
        assertEquals(List.of("site/index.html: error: broken link to '../outside.png'",
                        "site/index.html: error: broken link to 'street/missing.html'"),
                diagnostics.sorted().stream().map(Diagnostic::oneLine).sorted().toList());
    }

    private static List<String> jsoupReferences(String html) {
        List<String> refs = new ArrayList<>();
        for (Element el : Jsoup.parse(html).select("[href], [src]")) {
            if (el.hasAttr("href")) {
                refs.add(el.attr("href"));
            }
            if (el.hasAttr("src")) {
                refs.add(el.attr("src"));
            }
        }
        return sorted(refs);
    }

    private static List<String> sorted(List<String> refs) {
        return refs.stream().sorted().toList();
    }

    /** The resolver the check stage used before the fast path: java.net.URI. */
    private static String viaUri(String page, String ref) {
        if (ref.isEmpty() || ref.startsWith("#") || ref.startsWith("//")) {
            return null;
        }
        try {
            URI uri = new URI(ref);
            if (uri.getScheme() != null) {
                return null;
            }
            String resolved = new URI("http", "site", "/" + page, null).resolve(uri).getPath();
            String path = resolved.startsWith("/") ? resolved.substring(1) : resolved;
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        } catch (URISyntaxException e) {
            return ref;
        }
    }
}

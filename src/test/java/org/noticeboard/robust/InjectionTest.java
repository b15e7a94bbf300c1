package org.noticeboard.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildResult;
import org.noticeboard.testing.TestSite;

/**
 * Hostile text in every field and in the body gives pages where no script can run: every page
 * of the built site is read with jsoup and checked by {@link PageSafety}.
 */
class InjectionTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\" onmouseover=alert(1) x=\"",
            "' onmouseover=alert(1) x='",
            "</title><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "\"><iframe src=javascript:alert(1)></iframe>",
            "<object data=x></object><embed src=x>",
            "{{ site.title }}{% for x in [1] %}x{% endfor %}",
            "]]><!--<style>@import 'x'</style>");

    /** Markdown-only attacks: no raw HTML, so they pass {@code raw_html: refuse}. */
    static final String MARKDOWN_BODY = """
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:msgbox(1))
            [d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            [e](<javascript:alert(1)>) [f](java%0ascript:alert(1)) [g](&#106;avascript:alert(1))
            ![h](javascript:alert(1)) ![i](https://example.org/x.png "\\" onerror=\\"alert(1)")
            <javascript:alert(1)> <vbscript:x> https://example.org/"onmouseover=alert(1)
            www.example.org/"onmouseover=alert(1)

            | `<b onclick=x>` | `<script>` |
            |---|---|
            | [t](javascript:alert(1)) | \\<script\\>alert(1)\\</script\\> |
            """;

    /** Raw HTML attacks: refused under {@code refuse}, cleaned under {@code sanitize}. */
    static final String HTML_BODY = """
            <a href="https://example.org/" onmouseover="alert(1)">ok</a> www.example.org/<script>

            <script>alert(1)</script>

            <img src=x onerror=alert(1)>

            <svg><script>alert(1)</script></svg>

            <p><a href="javascript:alert(1)">x</a> <a href="&#106;avascript:alert(1)">y</a></p>

            <iframe src="https://evil.example/"></iframe>

            <div onclick="alert(1)">d</div>

            <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>

            <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>

            <object data="x"></object><embed src="x">

            <p style="background:url(javascript:alert(1))">s</p>

            | <b onclick=x>b</b> | c |
            |---|---|
            """;

    @TempDir
    Path temp;

    private static String q(int i) {
        String p = PAYLOADS.get(Math.floorMod(i, PAYLOADS.size()));
        return "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String siteYaml(String rawHtml) {
        return """
                title: %s
                title_en: %s
                organisation: %s
                hotline: "010-65212345"
                base_url: "https://x.example/'onmouseover='alert(1)"
                raw_html: %s
                boards:
                  - slug: street
                    name: %s
                    name_en: %s
                    kind: street-office
                    address: %s
                    office_hours: %s
                    hotline: "010-65212345"
                    contacts:
                      - {role: %s, name: %s, phone: "010-65212346"}
                """.formatted(q(0), q(1), q(2), rawHtml, q(3), q(4), q(5), q(6), q(7), q(8));
    }

    /** One item of each kind whose text fields all hold payloads, starting at payload {@code k}. */
    private TestSite hostileSite(String rawHtml, String body) {
        String common = """
                title: %s
                summary: %s
                issuer: %s
                doc_no: %s
                index_no: %s
                topic: %s
                keywords: [%s, %s]
                change_note: %s
                """;
        TestSite site = TestSite.in(temp).file("site.yaml", siteYaml(rawHtml));
        for (int k = 0; k < PAYLOADS.size(); k++) {
            String index = q(k + 4);
            String template = "---\n" + common.formatted(q(k), q(k + 1), q(k + 2), q(k + 3),
                    "@INDEX@", q(k + 5), q(k + 6), q(k + 7), q(k + 8));
            // Index numbers must be unique, so each file's gets its own suffix.
            java.util.function.Function<String, String> head = name -> template.replace(
                    "@INDEX@", index.substring(0, index.length() - 1) + "#" + name + "\"");
            site.file("street/policy/p" + k + ".md", head.apply("p")
                    + "published: 2026-11-01\n---\n" + body);
            site.file("street/procedure/s" + k + ".md", head.apply("s") + """
                    published: 2026-10-01
                    applicants: 个人
                    conditions: [%s]
                    materials:
                      - {name: %s, form: 原件, count: 1}
                    steps: [%s, %s]
                    time_limit: 5个工作日
                    statutory_time_limit: 20个工作日
                    fee: %s
                    fee_basis: %s
                    legal_basis: [%s]
                    location: %s
                    hours: %s
                    phone: "010-65212346"
                    complaint_phone: "010-65212345"
                    ---
                    """.formatted(q(k), q(k + 1), q(k + 2), q(k + 3), q(k + 4), q(k + 5),
                    q(k + 6), q(k + 7), q(k + 8)) + body);
            site.file("street/notice/n" + k + ".md", head.apply("n") + """
                    published: 2026-11-20
                    posting: {start: 2026-11-25, days: 7}
                    objections: {contact: %s, phone: "010-65212347", address: %s}
                    ---
                    """.formatted(q(k), q(k + 1)) + body);
            site.file("street/responsibility/r" + k + ".md", head.apply("r") + """
                    published: 2026-11-01
                    posts:
                      - {post: %s, person: %s, stand_in: %s, duties: %s}
                    ---
                    """.formatted(q(k), q(k + 1), q(k + 2), q(k + 3)) + body);
            site.file("street/commitment/c" + k + ".md", head.apply("c")
                    + "published: 2026-11-01\ncommitments: [%s, %s]\n---\n"
                    .formatted(q(k), q(k + 1)) + body);
            site.file("street/supervision/v" + k + ".md", head.apply("v")
                    + "published: 2026-11-01\ninspected: 2026-11-01\nperiod: %s\ninspector: %s\n"
                    .formatted(q(k), q(k + 1)) + "---\n" + body);
            site.file("street/reception/d" + k + ".md", head.apply("d") + """
                    published: 2026-11-01
                    kind: deputy
                    schedule: {weekdays: [monday], time: %s, from: 2026-01-01}
                    location: %s
                    receivers: [%s]
                    overrides:
                      - {date: 2026-11-30, location: %s, time: %s, note: %s}
                    ---
                    """.formatted(q(k), q(k + 1), q(k + 2), q(k + 3), q(k + 4), q(k + 5))
                    + body);
            site.file("street/page/g" + k + ".md", "---\ntitle: " + q(k) + "\nsummary: "
                    + q(k + 1) + "\n---\n" + body);
        }
        return site;
    }

    @Test
    void hostileFieldsAndMarkdownGiveSafePagesUnderRefuse() throws IOException {
        TestSite site = hostileSite("refuse", MARKDOWN_BODY);
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result).stream()
                .filter(l -> l.contains("error:")).toList());
        assertEquals(List.of(), PageSafety.problems(site.output()));
        assertPayloadsShownAsText(site);
    }

    @Test
    void hostileFieldsAndHtmlGiveSafePagesUnderSanitize() throws IOException {
        TestSite site = hostileSite("sanitize", MARKDOWN_BODY + "\n" + HTML_BODY);
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.lines(result).stream()
                .filter(l -> l.contains("error:")).toList());
        assertEquals(List.of(), PageSafety.problems(site.output()));
        assertPayloadsShownAsText(site);
        var body = site.page("street/policy/p0.html").select("main");
        assertTrue(body.text().contains("ok"), "harmless HTML is kept");
        var ok = body.select("a:containsOwn(ok)").first();
        assertEquals("<a href=\"https://example.org/\">ok</a>", ok.outerHtml());
    }

    @Test
    void rawHtmlIsRefusedUnderRefuseWithEveryLine() {
        TestSite site = TestSite.in(temp).file("street/policy/a.md",
                "---\ntitle: t\npublished: 2026-11-01\n---\n" + HTML_BODY);
        BuildResult result = site.build();
        assertFalse(result.published());
        List<String> lines = TestSite.lines(result);
        assertTrue(lines.stream().allMatch(l -> l.matches("content/street/policy/a\\.md:\\d+:"
                + "\\d+: error: raw HTML is not allowed: .* \\[body]")), lines.toString());
        assertEquals(List.of(5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27), result.diagnostics()
                .stream().map(d -> d.line()).distinct().toList(), "every payload's line");
    }

    private static void assertPayloadsShownAsText(TestSite site) {
        for (int k = 0; k < PAYLOADS.size(); k++) {
            String title = site.page("street/policy/p" + k + ".html").select("main h1").text();
            assertEquals(PAYLOADS.get(k).strip(), title, "the payload is shown, as text");
        }
        assertTrue(site.page("index.html").title().contains(PAYLOADS.get(0)));
    }

    @Test
    void theCheckerFindsEveryKindOfScript() {
        String html = "<html><head><script>x</script><script src=\"assets/search.js\"></script>"
                + "<script src=\"evil.js\"></script></head><body onload=\"x\">"
                + "<a href=\" java\tscript:x\">a</a><img src=\"data:text/html,x\">"
                + "<img src=\"data:image/png;base64,AA\"><iframe></iframe>"
                + "<form action=\"vbscript:x\"></form><svg><script>x</script></svg></body></html>";
        List<String> problems = PageSafety.problems("index.html", Jsoup.parse(html));
        assertEquals(List.of(
                "index.html: script <script>x</script>",
                "index.html: script <script src=\"evil.js\"></script>",
                "index.html: script <script>x</script>",
                "index.html: event handler onload on <body>",
                "index.html: href=\" java\tscript:x\" on <a>",
                "index.html: src=\"data:text/html,x\" on <img>",
                "index.html: action=\"vbscript:x\" on <form>",
                "index.html: <iframe> element",
                "index.html: <script> element"), problems);
    }
}

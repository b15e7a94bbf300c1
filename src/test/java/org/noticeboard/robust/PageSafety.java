package org.noticeboard.robust;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads every page of a built site as a browser would and lists whatever could run a script:
 * script elements other than the site's own, event-handler attributes, script or data URLs,
 * and frames or plug-ins.
 */
final class PageSafety {

    /**
     * The only scripts a page may load, as site paths. Other branches may add a search script;
     * the dev server injects its reload script while serving, never into the built files.
     */
    /** Our own scripts, by path inside any copy of the site (en/, large/…): search and its index. */
    static final Set<String> OWN_SCRIPTS = Set.of("assets/search.js", "search/index.js");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action",
            "formaction", "xlink:href", "poster", "data", "background", "srcset", "cite",
            "codebase", "manifest", "ping");
    private static final String FORBIDDEN_ELEMENTS = "iframe, frame, frameset, object, embed, "
            + "applet, base, svg script, math, meta[http-equiv=refresh]";

    private PageSafety() {}

    /** Every problem in every HTML file below {@code site}; empty when the site is safe. */
    static List<String> problems(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(file).toString().replace('\\', '/');
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                problems.addAll(problems(page, doc));
            }
        }
        return problems;
    }

    static List<String> problems(String page, Document doc) {
        List<String> problems = new ArrayList<>();
        for (Element script : doc.select("script")) {
            String src = script.attr("src");
            if (src.isEmpty() || !OWN_SCRIPTS.contains(resolve(page, src).replaceFirst("^(en/)?(large/)?", ""))) {
                problems.add(page + ": script " + script.outerHtml());
            }
        }
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(page + ": event handler " + name + " on <" + el.tagName() + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && isScriptUrl(a.getValue())) {
                    problems.add(page + ": " + name + "=\"" + a.getValue() + "\" on <"
                            + el.tagName() + ">");
                }
                if (name.equals("style") && a.getValue().toLowerCase(Locale.ROOT)
                        .contains("url(")) {
                    problems.add(page + ": style with url() on <" + el.tagName() + ">");
                }
            }
        }
        for (Element el : doc.select(FORBIDDEN_ELEMENTS)) {
            problems.add(page + ": <" + el.tagName() + "> element");
        }
        return problems;
    }

    /** Browsers ignore whitespace and control characters inside a scheme: so does this. */
    static boolean isScriptUrl(String value) {
        String v = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        return v.startsWith("javascript:") || v.startsWith("vbscript:")
                || v.startsWith("data:") && !v.startsWith("data:image/");
    }

    private static String resolve(String page, String src) {
        try {
            String path = URI.create("http://site/" + page).resolve(src).getPath();
            return path == null ? src : path.substring(1);
        } catch (IllegalArgumentException e) {
            return src;
        }
    }
}

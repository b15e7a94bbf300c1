package org.noticeboard.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.render.OutputFile;

/**
 * The check stage: every relative link and asset reference in every generated page must lead to
 * a generated file. A broken link here is a bug in a template or a content reference that
 * slipped through, reported with the page's path.
 */
public final class LinkChecker {

    public void check(List<OutputFile> files, Set<String> extraPaths, Diagnostics diagnostics) {
        Set<String> paths = files.stream().map(OutputFile::path).collect(Collectors.toSet());
        paths.addAll(extraPaths);
        files.parallelStream().filter(OutputFile::isHtml).forEach(file -> {
            Document doc = Jsoup.parse(new String(file.bytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            for (Element el : doc.select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                String target = resolve(file.path(), ref);
                if (target != null && !paths.contains(target)) {
                    diagnostics.error(Position.of("site/" + file.path()), "",
                            "broken link to '" + ref + "'",
                            "the page links to a file the build did not write");
                }
            }
        });
    }

    /** The site path a relative reference leads to, or null for external and fragment links. */
    static String resolve(String page, String ref) {
        if (ref.isEmpty() || ref.startsWith("#") || ref.startsWith("//")) {
            return null;
        }
        try {
            URI uri = new URI(ref);
            if (uri.getScheme() != null) {
                return null;
            }
            URI base = new URI("http", "site", "/" + page, null);
            String resolved = base.resolve(uri).getPath();
            if (resolved == null) {
                return null;
            }
            String path = resolved.startsWith("/") ? resolved.substring(1) : resolved;
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        } catch (URISyntaxException e) {
            return ref;
        }
    }
}

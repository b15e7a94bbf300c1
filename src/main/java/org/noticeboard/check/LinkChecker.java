package org.noticeboard.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<String> paths = new HashSet<>(files.size() * 2 + extraPaths.size());
        files.forEach(f -> paths.add(f.path()));
        paths.addAll(extraPaths);
        files.parallelStream().filter(OutputFile::isHtml).forEach(file -> {
            String html = new String(file.bytes(), StandardCharsets.UTF_8);
            for (String ref : HtmlReferences.of(html)) {
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
        String plain = isPlainPath(ref) ? resolvePlain(page, ref) : null;
        if (plain != null) {
            return plain;
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

    /** Letters, digits and {@code - _ . / ~} only: no scheme, query, fragment or escapes. */
    private static boolean isPlainPath(String ref) {
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '/' || c == '~')) {
                return false;
            }
        }
        return !ref.startsWith("/");
    }

    /**
     * What {@code URI.resolve} gives for a plain relative path, without building URIs (pages hold
     * dozens of links each); null for a path that climbs above the site root, left to URI.
     */
    private static String resolvePlain(String page, String ref) {
        List<String> segments = new ArrayList<>(List.of(page.split("/", -1)));
        segments.remove(segments.size() - 1);
        String[] parts = ref.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.remove(segments.size() - 1);
                if (last) {
                    segments.add("");
                }
            } else if (part.equals(".") || part.isEmpty()) {
                if (last) {
                    segments.add("");
                }
            } else {
                segments.add(part);
            }
        }
        String path = String.join("/", segments);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}

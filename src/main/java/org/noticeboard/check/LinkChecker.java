package org.noticeboard.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.parallel.Slices;
import org.noticeboard.render.OutputFile;

/**
 * The check stage: every relative link and asset reference in every generated page must lead to
 * a generated file. A broken link here is a bug in a template or a content reference that
 * slipped through, reported with the page's path.
 */
public final class LinkChecker {

    public void check(List<OutputFile> files, Set<String> extraPaths, Diagnostics diagnostics) {
        check(files, extraPaths::contains, diagnostics);
    }

    /**
     * Checks {@code files} against the files {@code existing} says are there besides them: the
     * preview checks the pages an edit changed against the site it keeps, without copying its
     * list of paths.
     */
    public void check(List<OutputFile> files, Predicate<String> existing,
            Diagnostics diagnostics) {
        check(files, existing, path -> false, diagnostics);
    }

    /** As above; links on or to the files {@code excused} names are not reported. */
    public void check(List<OutputFile> files, Predicate<String> existing,
            Predicate<String> excused, Diagnostics diagnostics) {
        LinkCheck check = new LinkCheck(existing);
        Slices.forEach(files, check::accept);
        check.report(diagnostics, excused);
    }

    /**
     * A check of files handed over one by one as they are rendered; {@code extraPaths} are files
     * published without being rendered (the theme's assets).
     */
    public LinkCheck start(Set<String> extraPaths) {
        return new LinkCheck(extraPaths::contains);
    }

    /** The site path a relative reference leads to, or null for external and fragment links. */
    static String resolve(String page, String ref) {
        if (ref.isEmpty() || ref.startsWith("#") || isProtocolRelative(ref)) {
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

    /**
     * A reference to another host on the page's own scheme: {@code //evil.example/x}, and as
     * browsers also read it, with backslashes for slashes or leading spaces. External, never a
     * path of this site.
     */
    public static boolean isProtocolRelative(String ref) {
        String r = ref.stripLeading();
        return r.length() >= 2 && (r.charAt(0) == '/' || r.charAt(0) == '\\')
                && (r.charAt(1) == '/' || r.charAt(1) == '\\');
    }

    /** Letters, digits and {@code - _ . / ~} only: no scheme, query, fragment or escapes. */
    static boolean isPlainPath(String ref) {
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
        // the folder of the page, each segment followed by '/'; a last segment naming a file
        // is appended without one
        StringBuilder path = new StringBuilder(page.length() + ref.length() + 10);
        path.append(page, 0, page.lastIndexOf('/') + 1);
        int n = ref.length();
        for (int i = 0; i <= n; ) {
            int end = ref.indexOf('/', i);
            end = end < 0 ? n : end;
            boolean last = end == n;
            int length = end - i;
            if (length == 2 && ref.charAt(i) == '.' && ref.charAt(i + 1) == '.') {
                if (path.length() == 0) {
                    return null;
                }
                path.setLength(path.lastIndexOf("/", path.length() - 2) + 1);
            } else if (length > 0 && !(length == 1 && ref.charAt(i) == '.')) {
                path.append(ref, i, end);
                if (!last) {
                    path.append('/');
                }
            }
            i = end + 1;
        }
        if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
            path.append("index.html");
        }
        return path.toString();
    }
}

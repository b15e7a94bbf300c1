package org.noticeboard.check;

import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Position;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.OutputSink;

/**
 * One run of the check stage over files as they are rendered: each page's references are read
 * when the page is made, and only the link targets are kept, not the pages, so a large site is
 * checked without holding it in memory. {@link #report} then names every broken link.
 */
public final class LinkCheck implements OutputSink {

    /** Pages named per missing target; more are counted (one broken template breaks them all). */
    static final int SHOWN = 20;

    private static final int REMEMBERED = 256;

    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Map<String, Referrers> targets = new ConcurrentHashMap<>();
    /**
     * folder → plain relative reference → its target: the pages of one folder share most of
     * their links (navigation, assets), each resolved once per folder, not once per page. The
     * first {@link #REMEMBERED} of a folder are kept: those of the page head, not every item a
     * listing links to.
     */
    private final Map<String, Map<String, String>> resolved = new ConcurrentHashMap<>();
    private final Predicate<String> existing;

    /** {@code existing}: files published without being handed to this check. */
    LinkCheck(Predicate<String> existing) {
        this.existing = existing;
    }

    @Override
    public void accept(OutputFile file) {
        paths.add(file.path());
        if (!file.isHtml()) {
            return;
        }
        String page = file.path();
        Map<String, String> inFolder = resolved.computeIfAbsent(
                page.substring(0, page.lastIndexOf('/') + 1), f -> new ConcurrentHashMap<>());
        for (String ref : HtmlReferences.of(file.bytes())) {
            String target = inFolder.get(ref);
            if (target == null) {
                target = LinkChecker.resolve(page, ref);
                if (target != null && inFolder.size() < REMEMBERED
                        && LinkChecker.isPlainPath(ref)) {
                    inFolder.put(ref, target); // depends on the page's folder only
                }
            }
            if (target != null) {
                Referrers referrers = targets.get(target);
                if (referrers == null) {
                    referrers = targets.computeIfAbsent(target, t -> new Referrers());
                }
                referrers.add(page, ref);
            }
        }
    }

    /** Reports every link to a file that no page group wrote. */
    public void report(Diagnostics diagnostics) {
        targets.forEach((target, referrers) -> {
            if (!paths.contains(target) && !existing.test(target)) {
                referrers.report(diagnostics);
            }
        });
    }

    /** The pages linking to one target: the first {@link #SHOWN} by path, and a count. */
    private static final class Referrers {

        /** An adder, not an atomic: every page's render thread counts the links to the CSS. */
        private final LongAdder count = new LongAdder();
        private final NavigableSet<Link> shown = new TreeSet<>();
        private volatile String last = null;

        void add(String page, String ref) {
            count.increment();
            String bound = last;
            if (bound != null && page.compareTo(bound) > 0) {
                return; // the set is full of pages that sort first: skip without locking
            }
            synchronized (this) {
                shown.add(new Link(page, ref));
                if (shown.size() > SHOWN) {
                    shown.pollLast();
                }
                if (shown.size() == SHOWN) {
                    last = shown.last().page();
                }
            }
        }

        synchronized void report(Diagnostics diagnostics) {
            for (Link link : shown) {
                diagnostics.error(Position.of("site/" + link.page()), "",
                        "broken link to '" + link.ref() + "'",
                        "the page links to a file the build did not write");
            }
            long more = count.sum() - shown.size();
            if (more > 0) {
                diagnostics.error(Position.of("site/" + shown.last().page()), "",
                        "the same broken link is on " + more + " more pages",
                        "fix the template or the reference that writes it");
            }
        }
    }

    private record Link(String page, String ref) implements Comparable<Link> {

        @Override
        public int compareTo(Link other) {
            int byPage = page.compareTo(other.page);
            return byPage != 0 ? byPage : ref.compareTo(other.ref);
        }
    }
}

package org.noticeboard.check;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.noticeboard.diag.Diagnostics;
import org.noticeboard.diag.Message;
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
     * folder → plain relative reference → its target's referrers: the pages of one folder share
     * most of their links (navigation, assets), each resolved once per folder, not once per
     * page. The first {@link #REMEMBERED} of a folder are kept: those of the page head, not
     * every item a listing links to.
     */
    private final Map<String, Map<String, Referrers>> resolved = new ConcurrentHashMap<>();
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
        Map<String, Referrers> inFolder = resolved.computeIfAbsent(
                page.substring(0, page.lastIndexOf('/') + 1), f -> new ConcurrentHashMap<>());
        for (String ref : HtmlReferences.of(file.bytes())) {
            Referrers referrers = inFolder.get(ref);
            if (referrers == null) {
                String target = LinkChecker.resolve(page, ref);
                if (target == null) {
                    continue;
                }
                referrers = targets.computeIfAbsent(target, t -> new Referrers());
                if (inFolder.size() < REMEMBERED && LinkChecker.isPlainPath(ref)) {
                    inFolder.put(ref, referrers); // the target depends on the folder only
                }
            }
            referrers.add(page, ref);
        }
    }

    /** Reports every link to a file that no page group wrote. */
    public void report(Diagnostics diagnostics) {
        report(diagnostics, path -> false);
    }

    /**
     * Reports every link to a file that no page group wrote, except to or from the files
     * {@code excused} names: the pages of items whose errors are reported at their Markdown
     * (kept out by their own errors, or a body link already found wrong), so no error is
     * reported twice.
     */
    public void report(Diagnostics diagnostics, Predicate<String> excused) {
        targets.forEach((target, referrers) -> {
            if (!paths.contains(target) && !existing.test(target) && !excused.test(target)) {
                referrers.report(diagnostics, excused);
            }
        });
    }

    /** The pages linking to one target: the first {@link #SHOWN} by path, and a count. */
    private static final class Referrers {

        /** An adder, not an atomic: every page's render thread counts the links to the CSS. */
        private final LongAdder count = new LongAdder();
        /**
         * The first links by page and reference, sorted, in two arrays: most targets have a
         * referrer or two, and a tree set's entry per link was a tenth of the check.
         */
        private final String[] pages = new String[SHOWN];
        private final String[] refs = new String[SHOWN];
        private int size;
        private volatile String last = null;

        void add(String page, String ref) {
            count.increment();
            String bound = last;
            if (bound != null && page.compareTo(bound) > 0) {
                return; // the arrays are full of pages that sort first: skip without locking
            }
            synchronized (this) {
                int at = size;
                while (at > 0 && compare(page, ref, at - 1) < 0) {
                    at--;
                }
                if (at > 0 && compare(page, ref, at - 1) == 0 || at == SHOWN) {
                    return; // already shown, or after the first SHOWN
                }
                int moved = Math.min(size, SHOWN - 1) - at;
                System.arraycopy(pages, at, pages, at + 1, moved);
                System.arraycopy(refs, at, refs, at + 1, moved);
                pages[at] = page;
                refs[at] = ref;
                size = Math.min(size + 1, SHOWN);
                if (size == SHOWN) {
                    last = pages[SHOWN - 1];
                }
            }
        }

        private int compare(String page, String ref, int k) {
            int byPage = page.compareTo(pages[k]);
            return byPage != 0 ? byPage : ref.compareTo(refs[k]);
        }

        /** Reports the links on pages not {@code excused}; a count of the rest, if any. */
        synchronized void report(Diagnostics diagnostics, Predicate<String> excused) {
            int shown = 0;
            for (int k = 0; k < size; k++) {
                if (excused.test(pages[k])) {
                    continue;
                }
                shown++;
                diagnostics.error(Position.of("site/" + pages[k]), "",
                        Message.of("broken-link", "href", refs[k]));
            }
            long more = count.sum() - size;
            if (more > 0 && shown > 0) {
                diagnostics.error(Position.of("site/" + pages[size - 1]), "",
                        Message.of(more == 1 ? "broken-link-one-more" : "broken-link-more",
                                "count", more));
            }
        }
    }
}

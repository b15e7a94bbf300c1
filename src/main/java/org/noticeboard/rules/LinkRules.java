package org.noticeboard.rules;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.noticeboard.check.LinkChecker;
import org.noticeboard.diag.Position;
import org.noticeboard.markdown.BodyInspector;
import org.noticeboard.model.Item;
import org.noticeboard.parse.ParsedFile;

/**
 * Body links that would lead nowhere on the published site, reported at their line in the
 * source (the link checker after rendering only knows the page).
 */
final class LinkRules {

    static final Rule NOT_YET_PUBLISHED = Rule.error("link-to-unpublished-item",
            "'{id}' is not published until {date}; the link would lead to a page that does "
                    + "not exist yet",
            "link to it once it is published, or publish this item on or after {date}");
    static final Rule LINK_TO_SOURCE_FILE = Rule.error("link-to-source-file",
            "link to the content file '{target}'",
            "link to another item with [text](item:{id})");

    static final Rule UNSAFE_LINK_REMOVED = Rule.warning("unsafe-link-removed",
            "the link to '{target}' was removed: a {scheme}: address can run code in the "
                    + "reader's browser, so only http, https, mailto and tel links are kept",
            "link to a web page (https://…) or to another item with [text](item:{example})");

    static final List<Rule> RULES = List.of(NOT_YET_PUBLISHED, LINK_TO_SOURCE_FILE,
            UNSAFE_LINK_REMOVED);

    /** The schemes the Markdown renderer keeps; it empties any other link. */
    private static final Set<String> KEPT = Set.of("http", "https", "mailto", "tel", "item");


    void check(RuleContext c) {
        for (Item item : c.site().items()) {
            c.file(item.id()).ifPresent(f -> check(c, item, f.parsed()));
        }
    }

    private void check(RuleContext c, Item item, ParsedFile parsed) {
        for (BodyInspector.Found link : parsed.bodyFindings()) {
            if (!link.kind().equals("link") && !link.kind().equals("image")) {
                continue;
            }
            Position at = new Position(item.source(), parsed.bodyLineOffset() + link.line(),
                    link.column());
            String target = link.value();
            Optional<String> removed = scheme(target).filter(s -> !KEPT.contains(s));
            if (removed.isPresent()) {
                c.report(UNSAFE_LINK_REMOVED, at, "body", "target", shortened(target),
                        "scheme", removed.get(), "example", item.id());
                continue;
            }
            if (!link.kind().equals("link")) {
                continue;
            }
            if (BodyInspector.isItemLink(target)) {
                String id = BodyInspector.itemId(target);
                c.site().item(id).ifPresent(linked -> linked.published()
                        .filter(d -> d.isAfter(c.today()))
                        .filter(d -> item.published().map(d::isAfter).orElse(true))
                        .ifPresent(d -> c.report(NOT_YET_PUBLISHED, at, "body", "id", id,
                                "date", d)));
            } else {
                sourceFileId(item, target).ifPresent(id ->
                        c.report(LINK_TO_SOURCE_FILE, at, "body", "target", target, "id", id));
            }
        }
    }

    /**
     * The scheme of {@code target} as the renderer's URL sanitiser reads it: the lowercase text
     * before a ':' that comes before any '/', '?' or '#'.
     */
    static Optional<String> scheme(String target) {
        String url = target.strip();
        for (int i = 0; i < url.length(); i++) {
            char ch = url.charAt(i);
            if (ch == '/' || ch == '?' || ch == '#') {
                return Optional.empty();
            }
            if (ch == ':') {
                return Optional.of(url.substring(0, i).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static String shortened(String target) {
        return target.length() <= 40 ? target : target.substring(0, 40) + "…";
    }

    /** For a relative link to {@code something.md}: the item id it most likely means. */
    static Optional<String> sourceFileId(Item item, String target) {
        if (LinkChecker.isProtocolRelative(target)) {
            return Optional.empty(); // another host: nothing of this site
        }
        try {
            URI uri = new URI(target);
            String path = uri.getPath();
            if (uri.getScheme() != null || path == null || !path.endsWith(".md")) {
                return Optional.empty();
            }
            URI base = new URI("file", "/" + item.board() + "/" + item.type().id() + "/x.md",
                    null);
            String resolved = base.resolve(uri).getPath();
            String id = resolved.substring(1, resolved.length() - ".md".length());
            return Optional.of(id.chars().filter(ch -> ch == '/').count() == 2 ? id
                    : "board/type/" + id.substring(id.lastIndexOf('/') + 1));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}

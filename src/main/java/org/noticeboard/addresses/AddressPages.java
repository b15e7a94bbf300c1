package org.noticeboard.addresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.noticeboard.render.OutputFile;
import org.noticeboard.render.PageWriter;
import org.noticeboard.render.Pages;
import org.noticeboard.render.Urls;

/**
 * A page at every old address: one that forwards to the item's new address (a link and a meta
 * refresh, which work from a folder and on any host, where server redirects do not), or one
 * that says the item was withdrawn, when and why. In every copy of the site.
 */
public final class AddressPages implements Pages {

    private final Addresses addresses;

    public AddressPages(Addresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public List<OutputFile> render(PageWriter pages) {
        List<OutputFile> out = new ArrayList<>();
        Map<String, String> t = pages.messages();
        for (Addresses.Moved moved : addresses.moved().values()) {
            String path = Urls.item(moved.from());
            if (!pages.wanted(path)) {
                continue;
            }
            var target = pages.site().item(moved.to());
            if (target.isEmpty()) {
                continue; // reported by AddressRules; the build publishes nothing
            }
            String url = Urls.root(path) + Urls.item(target.get());
            out.add(pages.write(path, "moved", t.getOrDefault("moved.title", "本页已移动"),
                    List.of(), Map.of("target", url, "targetTitle", target.get().title())));
        }
        for (Addresses.Withdrawal w : addresses.withdrawn()) {
            String path = Urls.item(w.id());
            if (pages.wanted(path)) {
                out.add(pages.write(path, "withdrawn", w.title(), List.of(), Map.of(
                        "date", pages.views().dates().date(w.date()),
                        "isoDate", w.date().toString(), "reason", w.reason())));
            }
        }
        return out;
    }
}

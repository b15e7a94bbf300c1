package org.noticeboard.rules;

import java.util.List;
import org.noticeboard.model.Item;
import org.noticeboard.model.SampleSite;

/**
 * The example items {@code noticeboard init} writes, one per type: each still published is a
 * warning (the placeholders of site.yaml are warned about where they are read), and while any
 * is left every page carries the sample-site banner.
 */
public final class SampleRules {

    static final Rule EXAMPLE_ITEM = Rule.warning("example-item",
            "this is an example item written by noticeboard init: while it is published, every "
                    + "page says the site is a sample",
            "replace it with the office's own item (and remove '" + SampleSite.EXAMPLE
                    + "' from the title), or delete the file");

    static final List<Rule> RULES = List.of(EXAMPLE_ITEM);

    void check(RuleContext c) {
        for (Item item : c.site().items()) {
            if (SampleSite.isExample(item)) {
                c.report(EXAMPLE_ITEM, c.at(item, "title"), "title");
            }
        }
    }
}

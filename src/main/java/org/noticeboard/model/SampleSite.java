package org.noticeboard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What still marks a site as the sample {@code noticeboard init} wrote: a site.yaml value
 * left as its placeholder, or an example item still published. While any remains, every page
 * says the site is a sample not yet published by the office, so a placeholder hotline or an
 * example notice can never pass for the office's own.
 */
public final class SampleSite {

    /** The start of a value the office has not given yet (as {@code noticeboard new} marks). */
    public static final String PLACEHOLDER = "待填写";
    /** The start of the title of an example item that the office replaces. */
    public static final String EXAMPLE = "【示例】";

    private SampleSite() {}

    public static boolean isSample(Site site) {
        return hasPlaceholders(site.config())
                || site.items().stream().anyMatch(SampleSite::isExample);
    }

    public static boolean isExample(Item item) {
        return item.title().strip().startsWith(EXAMPLE);
    }

    /** Any text value of site.yaml the validator kept as a placeholder. */
    static boolean hasPlaceholders(SiteConfig config) {
        List<String> values = new ArrayList<>(List.of(config.title(), config.titleEn(),
                config.organisation(), config.hotline(), config.indexPrefix()));
        values.addAll(config.publicContacts());
        for (Board b : config.boards()) {
            values.addAll(List.of(b.name(), b.nameEn(), b.address(), b.officeHours(),
                    b.hotline()));
            b.contacts().forEach(c -> values.addAll(List.of(c.role(), c.name(), c.phone())));
        }
        config.catalogue().forEach(e -> values.addAll(List.of(e.title(), e.basis())));
        return values.stream().anyMatch(v -> v != null && v.strip().startsWith(PLACEHOLDER));
    }
}

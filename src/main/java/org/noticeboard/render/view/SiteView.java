package org.noticeboard.render.view;

import java.util.List;

/**
 * Site-wide facts shown on every page.
 *
 * @param sample the site is still the sample {@code noticeboard init} wrote (placeholders or
 *     example items left): every page says so
 * @param params the logo and the registration numbers shown in the footer; empty ones are
 *     not shown
 */
public record SiteView(
        String title,
        String titleEn,
        String organisation,
        String hotline,
        String generated,
        String generatedIso,
        List<BoardView> boards,
        List<Link> types,
        boolean sample,
        Params params) {

    public SiteView {
        boards = List.copyOf(boards);
        types = List.copyOf(types);
    }

    /**
     * @param logo the logo's address from this page ({@code ../assets/logo.png}), or empty
     * @param publicSecurityUrl the registry's page of the 公安备案号
     */
    public record Params(String logo, String siteCode, String icp, String icpUrl,
            String publicSecurity, String publicSecurityUrl) {}
}

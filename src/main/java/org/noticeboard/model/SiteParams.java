package org.noticeboard.model;

/**
 * What every Chinese government website shows besides its content, given in site.yaml under
 * {@code params}: each empty when not given (and then not shown).
 *
 * @param logo the site's logo, a path in the published site such as {@code assets/logo.png}
 *     (a file of the site's theme folder, {@code static/logo.png})
 * @param siteCode 网站标识码, the code the State Council's register gives each government site
 * @param icp ICP 备案号, e.g. 京ICP备12345678号
 * @param publicSecurity 公安机关备案号, e.g. 京公网安备11010102000001号
 */
public record SiteParams(String logo, String siteCode, String icp, String publicSecurity) {

    public static final SiteParams NONE = new SiteParams("", "", "", "");

    /** The digits of the public-security number: the registry's address for it needs them. */
    public String publicSecurityDigits() {
        return publicSecurity.replaceAll("\\D", "");
    }
}

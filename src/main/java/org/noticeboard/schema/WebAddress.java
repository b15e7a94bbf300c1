package org.noticeboard.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The one check of a public web address (site.yaml's {@code base_url}, {@code --base-url}, URL
 * fields): http or https, a host, a port a browser can reach and valid escapes. An address that
 * passed a looser check used to fail much later, when a feed or a QR code built a URI from it.
 */
public final class WebAddress {

    /** What to write instead, shown after the problem. */
    public static final String EXAMPLE = "https://heping.example.gov.cn/";

    private WebAddress() {}

    /** Why {@code url} is not a usable address, or empty when it is one. */
    public static Optional<String> problem(String url) {
        if (!url.matches("(?i)https?://.*")) {
            return Optional.of("it must start with http:// or https://");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason().toLowerCase(java.util.Locale.ROOT) + " at character "
                    + (e.getIndex() + 1));
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            return Optional.of("it has no host name after the //");
        }
        if (authority.chars().allMatch(c -> c < 0x80)) {
            try {
                uri = uri.parseServerAuthority();
            } catch (URISyntaxException e) {
                return Optional.of("'" + authority + "' is not a valid host name");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of("it has no host name after the //");
            }
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            return Optional.of("port " + uri.getPort() + " is not between 1 and 65535");
        }
        return Optional.empty();
    }
}

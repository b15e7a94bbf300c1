package org.noticeboard.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request's raw path into a path inside the site, or refuses it. Anything that could
 * climb out of the site or hide a name is refused outright rather than cleaned up: {@code ..}
 * and {@code .} segments, backslashes, NUL and control characters, encoded slashes, and any
 * percent sign left after decoding once (double encoding such as {@code %252e%252e}).
 */
final class RequestPath {

    private RequestPath() {}

    /** The site path ({@code board/index.html}) for a raw request path, or empty to refuse. */
    static Optional<String> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > 1024) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.indexOf('\\') >= 0 || lower.contains("%5c") || lower.contains("%2f")
                || lower.contains("%00") || lower.contains("%25")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        if (path.indexOf('%') >= 0 || path.indexOf('\\') >= 0
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.isEmpty() && !last || s.startsWith(".")) {
                return Optional.empty();
            }
        }
        String site = path.substring(1);
        return Optional.of(site.isEmpty() || site.endsWith("/") ? site + "index.html" : site);
    }

    /** Strict percent-decoding as UTF-8; '+' stays '+' (it is not a space in a path). */
    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

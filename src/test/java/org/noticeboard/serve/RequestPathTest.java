package org.noticeboard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource({"/, index.html", "/street/, street/index.html",
            "/street/notice/water.html, street/notice/water.html",
            "/assets/style.css, assets/style.css", "/a%20b.html, a b.html"})
    void sitePaths(String raw, String site) {
        assertEquals(Optional.of(site), RequestPath.resolve(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../x", "/a/../../x", "/./x", "/%2e%2e/x", "/%2E%2e/x",
            "/%252e%252e/x", "/%25", "/a%5c..%5cb", "/a\\b", "/a%00b", "/a\u0000b", "/a%2fb",
            "//x", "/.git/config", "/%c0%ae%c0%ae/x", "/%e4", "x", "/a%0ab", "/%"})
    void refused(String raw) {
        assertEquals(Optional.empty(), RequestPath.resolve(raw));
    }
}

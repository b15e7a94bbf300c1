package org.noticeboard.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.build.BuildOptions;
import org.noticeboard.build.BuildSession;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.Projects;
import org.noticeboard.testing.SiteFiles;
import org.noticeboard.testing.TestSite;

/**
 * The preview serves exactly what the build publishes: a symbolic link in the theme's static
 * folder, to a file or a folder outside the theme, is neither published nor served, in the main
 * copy of the site or any other.
 */
class PreviewThemeLinksTest {

    static final String TWO_LANGUAGES = TestSite.SITE_YAML.replace(
            "hotline: \"010-65212345\"\nindex",
            "hotline: \"010-65212345\"\nlanguages: [zh-CN, en]\nindex");

    @TempDir
    Path temp;
    Path theme;
    TestSite site;

    @BeforeEach
    void themeWithLinksOut() throws Exception {
        theme = temp.resolve("theme");
        SiteFiles.copyTree(Projects.theme(), theme);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not for the web");
        Files.createSymbolicLink(theme.resolve("static/pw.txt"), secret);
        Files.createSymbolicLink(theme.resolve("static/linked"), outside);
        site = TestSite.in(temp.resolve("site")).theme(theme).file("site.yaml", TWO_LANGUAGES)
                .file("street/policy/rules.md", Items.policy("公开规则"));
    }

    @Test
    void theBuildPublishesNoLinkedFile() throws Exception {
        assertTrue(site.build().published());
        for (String path : List.of("assets/pw.txt", "assets/linked/secret.txt",
                "en/assets/pw.txt", "en/assets/linked/secret.txt")) {
            assertFalse(Files.exists(site.output().resolve(path)), path);
        }
        assertTrue(Files.exists(site.output().resolve("assets/style.css")));
        assertTrue(Files.exists(site.output().resolve("en/assets/style.css")));
    }

    @Test
    void thePreviewServesNoLinkedFile() throws Exception {
        site.writeFiles();
        BuildSession session = new BuildSession(new BuildOptions(site.content(),
                temp.resolve("unused"), theme, Optional.empty(),
                ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")), false));
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer server = PreviewServer.start(session,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            for (String path : List.of("/assets/pw.txt", "/assets/linked/secret.txt",
                    "/en/assets/pw.txt", "/en/assets/linked/secret.txt")) {
                var response = http.send(HttpRequest.newBuilder(server.address().resolve(path))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, response.statusCode(), path);
                assertFalse(response.body().contains("not for the web"), path);
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(server.address()
                    .resolve("/en/assets/style.css")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertFalse(session.files().keySet().stream().anyMatch(p -> p.contains("pw.txt")
                    || p.contains("secret")), "nothing linked is held in memory either");
        }
    }
}

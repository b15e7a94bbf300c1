package org.noticeboard.scaffold;

/**
 * {@code admin/index.html}: the page that loads Decap CMS, which then reads config.yml beside
 * it. The version is pinned so a new Decap release cannot change the forms unannounced.
 */
public final class AdminPage {

    public static final String DECAP_VERSION = "3.16.3";

    private AdminPage() {}

    public static String html() {
        return """
                <!doctype html>
                <html lang="zh-CN">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="robots" content="noindex">
                  <title>内容管理 · Noticeboard</title>
                  <script src="https://unpkg.com/decap-cms@%s/dist/decap-cms.js"></script>
                </head>
                <body></body>
                </html>
                """.formatted(DECAP_VERSION);
    }
}

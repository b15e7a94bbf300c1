package org.noticeboard.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.noticeboard.diag.Diagnostic;
import org.noticeboard.diag.DiagnosticFormatter;

/**
 * The page the preview shows instead of the site while the content has errors: every problem
 * with its file, line, message, source line and hint, in the words of {@code noticeboard check}.
 */
final class ErrorPage {

    private ErrorPage() {}

    static byte[] render(List<Diagnostic> diagnostics) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>内容有错误 · Content has errors</title>\n<style>\n")
                .append("body{font:16px/1.6 system-ui,sans-serif;margin:2rem auto;max-width:60rem;")
                .append("padding:0 1rem;color:#222}h1{color:#b00020}")
                .append("li{margin:0 0 1.2rem;list-style:none;border-left:4px solid #b00020;")
                .append("padding-left:1rem}.where{font-family:monospace;font-weight:bold}")
                .append("pre{background:#f6f6f6;padding:.5rem;overflow:auto}")
                .append(".hint{color:#005a9c}ul{padding:0}\n</style>\n</head>\n<body>\n")
                .append("<h1>内容有错误，网站没有更新</h1>\n")
                .append("<p>The content has errors; the site was not rebuilt. Fix the file and ")
                .append("save it: this page reloads by itself. 修改并保存文件后，本页会自动刷新。</p>\n")
                .append("<p>").append(escape(new DiagnosticFormatter().summary(diagnostics)))
                .append(" · <a href=\"?last-good\">查看上次成功的版本 / show the last good ")
                .append("version</a></p>\n<ul>\n");
        for (Diagnostic d : diagnostics) {
            html.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\">")
                    .append("<div class=\"where\">").append(escape(d.oneLine())).append("</div>");
            if (!d.sourceLine().isEmpty()) {
                html.append("<pre>").append(escape(d.sourceLine())).append("</pre>");
            }
            if (!d.hint().isEmpty()) {
                html.append("<div class=\"hint\">提示 hint: ").append(escape(d.hint()))
                        .append("</div>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

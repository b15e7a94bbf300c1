package org.noticeboard.datapages;

import java.util.List;

/**
 * Draws a data table as a horizontal grouped bar chart in SVG at build time: no script, sharp at
 * any zoom, printable. The chart is an image with a title and a description that reads the
 * figures out; the table beside it stays the full text alternative.
 */
final class BarChart {

    static final int WIDTH = 720;
    static final int LABEL = 210;
    static final int PLOT = 420;
    static final int BAR = 18;
    static final int GAP = 14;
    static final int LEGEND = 28;
    /** Distinct in hue and lightness, each at least 4.5:1 against white. */
    static final List<String> COLOURS = List.of("#1d4f91", "#a34700", "#2b6b2e", "#6b3d8f",
            "#8a1c3b", "#00616b");

    private BarChart() {}

    static String svg(DataSet data, String id, String unknown) {
        int series = data.columns().size();
        int group = series * BAR + GAP;
        int top = series > 1 ? LEGEND + 8 : 8;
        int height = top + data.rows().size() * group + 8;
        double max = data.max() <= 0 ? 1 : data.max();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\">\n");
        s.append("<title id=\"").append(id).append("-title\">").append(esc(data.title()))
                .append("</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">").append(esc(describe(data, unknown)))
                .append("</desc>\n");
        if (series > 1) {
            legend(s, data.columns());
        }
        int y = top;
        for (DataRow row : data.rows()) {
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"")
                    .append(y + series * BAR / 2 + 5).append("\" text-anchor=\"end\">")
                    .append(esc(row.label())).append("</text>\n");
            for (int c = 0; c < series; c++) {
                Double v = row.values().get(c);
                int barY = y + c * BAR;
                int length = v.isNaN() ? 0 : (int) Math.round(Math.max(0, v) / max * PLOT);
                if (length > 0) {
                    s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(barY + 2)
                            .append("\" width=\"").append(length).append("\" height=\"")
                            .append(BAR - 4).append("\" fill=\"").append(colour(c))
                            .append("\"/>\n");
                }
                String shown = v.isNaN() ? unknown : row.shown().get(c);
                s.append("<text x=\"").append(LABEL + length + 6).append("\" y=\"")
                        .append(barY + BAR - 5).append("\" class=\"value\">").append(esc(shown))
                        .append("</text>\n");
            }
            y += group;
        }
        s.append("<line x1=\"").append(LABEL).append("\" y1=\"").append(top - 4)
                .append("\" x2=\"").append(LABEL).append("\" y2=\"").append(y - GAP + 4)
                .append("\" stroke=\"#333\"/>\n");
        return s.append("</svg>").toString();
    }

    private static void legend(StringBuilder s, List<String> columns) {
        int x = LABEL;
        for (int c = 0; c < columns.size(); c++) {
            s.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(c)).append("\"/>");
            s.append("<text x=\"").append(x + 20).append("\" y=\"18\">")
                    .append(esc(columns.get(c))).append("</text>\n");
            x += 34 + columns.get(c).length() * 15;
        }
    }

    /** The figures in words: 和平街道办事处：第一季度 3，第二季度 1；… */
    static String describe(DataSet data, String unknown) {
        StringBuilder d = new StringBuilder();
        if (!data.summary().isEmpty()) {
            d.append(data.summary()).append(' ');
        }
        for (int r = 0; r < data.rows().size(); r++) {
            DataRow row = data.rows().get(r);
            d.append(r == 0 ? "" : "；").append(row.label()).append("：");
            for (int c = 0; c < data.columns().size(); c++) {
                String v = row.values().get(c).isNaN() ? unknown : row.shown().get(c)
                        + data.unit();
                d.append(c == 0 ? "" : "，").append(data.columns().get(c)).append(' ').append(v);
            }
        }
        return d.append('。').toString();
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

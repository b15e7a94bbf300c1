package org.noticeboard.print;

import org.noticeboard.model.Item;

/**
 * How many sheets a poster takes, estimated at build time for the change sheet (the clerk needs
 * to know how much paper to load before printing). It counts the wrapped lines of the title and
 * the body as {@link CardFit} does, plus the fixed head and foot. The geometry mirrors
 * {@code .sheet} in print.css and the margins in {@link PageRules}; the browser test checks the
 * estimate against Chromium's page count for notices of one, two and three sheets.
 */
final class SheetEstimate {

    private static final double PT_PER_MM = 72 / 25.4;
    private static final double LINE = 1.6;
    /** Board and type line, period box, document number and margins around the title. */
    private static final double HEAD_LINES = 5.5;
    /** Signature block, contact lines and the 30 mm QR code of A4 (42 mm on A3). */
    private static final double FOOT_MM_A4 = 62;
    private static final double FOOT_MM_A3 = 80;

    /**
     * A poster estimated at up to this many sheets is set snug (12.5 pt instead of 14, 18 on
     * A3), which holds about a quarter more, so it prints on one sheet instead of spilling its
     * last lines onto a second.
     */
    static final double SNUG = 1.15;
    /**
     * How far past a whole number of sheets a long poster still fits: the last block moves to
     * the next sheet with the foot, and the estimate counts paragraph gaps generously.
     * Calibrated with Chromium by PosterSheetsBrowserTest.
     */
    static final double SLACK = 0.16;

    private SheetEstimate() {}

    static int sheets(Item item) {
        return snug(item) ? 1 : Math.max(1, (int) Math.ceil(fill(item) - SLACK));
    }

    static boolean snug(Item item) {
        double fill = fill(item);
        return fill > 1 && fill <= SNUG;
    }

    /** The poster's estimated height at full size, in sheets. */
    static double fill(Item item) {
        boolean a3 = "A3".equals(item.paper());
        double pt = a3 ? 20 : 14;
        double widthMm = (a3 ? 297 : 210) - 30;
        double heightMm = (a3 ? 420 : 297) - 34;
        double ems = widthMm * PT_PER_MM / pt;
        double lineMm = pt * LINE / PT_PER_MM;
        double mm = CardFit.lines(item.title(), ems / 2) * 2 * pt * 1.3 / PT_PER_MM
                + HEAD_LINES * lineMm;
        for (String block : item.bodyMarkdown().split("\\n\\s*\\n")) {
            String text = block.replaceAll("[#*>`|_-]", "").replaceAll("\\s*\\n\\s*", "").strip();
            if (!text.isEmpty()) {
                mm += (CardFit.lines(text, ems) + 0.5) * lineMm;
            }
        }
        mm += a3 ? FOOT_MM_A3 : FOOT_MM_A4;
        return mm / heightMm;
    }
}

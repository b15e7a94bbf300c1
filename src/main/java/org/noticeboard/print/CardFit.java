package org.noticeboard.print;

import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.noticeboard.print.CardView.CardSection;

/**
 * Decides at build time which type size a consultation card needs, by estimating how many lines
 * its text wraps to. Chinese characters and full-width punctuation are one em wide in the
 * theme's CJK fonts; other characters are counted at a conservative 0.6 em, and each line loses
 * half an em to line-breaking rules. The geometry mirrors {@code .card} in print.css; the
 * browser test measures every card in Chromium and checks the estimate never falls short.
 */
final class CardFit {

    /** Largest and smallest type sizes, in points; below 7 pt a card is no longer legible. */
    static final double LARGEST = 10.0;
    static final double SMALLEST = 7.0;
    static final double STEP = 0.5;

    /** The flowing text area of a card: A6 less 6 mm padding and the 26 mm QR/contact foot. */
    static final double WIDTH_MM = 93.0;
    static final double HEIGHT_MM = 110.0;

    private static final double PT_PER_MM = 72 / 25.4;
    /** The width of a Latin letter, digit or space, in ems; a Chinese character's is 1. */
    private static final double NARROW = 0.6;
    /** {@link #narrowRun} of 0 to 127 characters, summed once. */
    private static final double[] NARROW_RUNS =
            IntStream.range(0, 128).mapToDouble(CardFit::sumOfNarrow).toArray();
    private static final double LINE = 1.35;
    private static final double TITLE = 1.3;
    private static final double TITLE_LINE = 1.25;
    private static final double BOARD = 0.85;
    private static final double BOARD_LINE = 1.3;
    private static final double SECTION_GAP = 0.3;
    private static final double LIST_INDENT = 1.5;
    static final double BREAK_LOSS = 0.5;

    /** The largest size at which everything fits, or empty when nothing down to 7 pt does. */
    Optional<Double> size(String title, String board, List<CardSection> sections) {
        for (double size = LARGEST; size >= SMALLEST - 1e-9; size -= STEP) {
            if (heightMm(size, title, board, sections) <= HEIGHT_MM) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** Estimated height of the card's text at {@code size} points, in millimetres. */
    double heightMm(double size, String title, String board, List<CardSection> sections) {
        double widthPt = WIDTH_MM * PT_PER_MM;
        double pt = lines(board, widthPt / (size * BOARD)) * size * BOARD * BOARD_LINE;
        pt += lines(title, widthPt / (size * TITLE)) * size * TITLE * TITLE_LINE
                + 0.25 * size * TITLE;
        double ems = widthPt / size;
        for (CardSection s : sections) {
            pt += SECTION_GAP * size;
            if (s.isList()) {
                pt += lines(s.label(), ems) * size * LINE;
                for (String item : s.items()) {
                    pt += lines(item, ems - LIST_INDENT) * size * LINE;
                }
            } else {
                pt += lines(s.label() + "：" + s.text(), ems) * size * LINE;
            }
        }
        return pt / PT_PER_MM;
    }

    /**
     * Lines {@code text} wraps to in a column {@code ems} wide. A run of Latin letters and
     * digits (a phone number, a word) moves to the next line whole, as browsers wrap it.
     */
    static int lines(String text, double ems) {
        double usable = ems - BREAK_LOSS;
        int lines = 1;
        double used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            double w = width(cp);
            if (w < 1 && cp != ' ') {
                int count = 1;
                while (end < text.length() && width(text.codePointAt(end)) < 1
                        && text.codePointAt(end) != ' ') {
                    end += Character.charCount(text.codePointAt(end));
                    count++;
                }
                w = narrowRun(count);
            }
            if (used + w > usable && used > 0) {
                lines++;
                used = 0;
            }
            // A word wider than the column breaks anyway (overflow-wrap: anywhere).
            while (w > usable) {
                lines++;
                w -= usable;
            }
            used += w;
            i = end;
        }
        return lines;
    }

    /**
     * The width of {@code count} narrow characters, summed as a stream of their widths sums them
     * (compensated, so not exactly {@code count * NARROW}): the sizes chosen stay those of the
     * stream this replaced, which made a string and a stream for every character of every card.
     */
    private static double narrowRun(int count) {
        return count < NARROW_RUNS.length ? NARROW_RUNS[count] : sumOfNarrow(count);
    }

    private static double sumOfNarrow(int count) {
        return DoubleStream.generate(() -> NARROW).limit(count).sum();
    }

    static double width(int cp) {
        boolean wide = (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0x20000 && cp <= 0x3FFFF) || cp == 0x2014 || cp == 0x2026;
        return wide ? 1.0 : NARROW;
    }
}

package org.noticeboard.print;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF that Chromium printed, read back with PDFBox: sheets, text, glyph boxes, QR codes. */
record PdfFile(List<PDRectangle> sheets, List<String> text, List<List<Glyph>> glyphs,
        List<List<String>> qrCodes) {

    /** One glyph's box in points from the sheet's top-left corner. */
    record Glyph(String text, float x, float top, float right, float bottom) {}

    static PdfFile read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDRectangle> sheets = new ArrayList<>();
            List<String> text = new ArrayList<>();
            List<List<Glyph>> glyphs = new ArrayList<>();
            List<List<String>> codes = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int n = 0; n < doc.getNumberOfPages(); n++) {
                sheets.add(doc.getPage(n).getMediaBox());
                List<Glyph> found = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String s, List<TextPosition> positions)
                            throws IOException {
                        for (TextPosition p : positions) {
                            found.add(new Glyph(p.getUnicode(), p.getXDirAdj(),
                                    p.getYDirAdj() - p.getHeightDir(),
                                    p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()));
                        }
                        super.writeString(s, positions);
                    }
                };
                stripper.setStartPage(n + 1);
                stripper.setEndPage(n + 1);
                StringWriter out = new StringWriter();
                stripper.writeText(doc, out);
                text.add(out.toString());
                glyphs.add(found);
                codes.add(decode(renderer.renderImageWithDPI(n, 200, ImageType.RGB)));
            }
            return new PdfFile(sheets, text, glyphs, codes);
        }
    }

    private static List<String> decode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w, h, pixels)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return Arrays.stream(results).map(Result::getText).sorted().toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** The sheet size in millimetres, rounded, e.g. "210x297". */
    String size(int sheet) {
        PDRectangle r = sheets.get(sheet);
        return Math.round(r.getWidth() * 25.4 / 72) + "x" + Math.round(r.getHeight() * 25.4 / 72);
    }

    /** PDFBox's glyph widths are approximate; an overflowing line is off by far more. */
    private static final float SLACK = 2;

    /** Glyphs on {@code sheet} outside the box {@code margin} points inside its edges. */
    List<Glyph> outside(int sheet, float margin) {
        PDRectangle r = sheets.get(sheet);
        return glyphs.get(sheet).stream().filter(g -> !g.text().isBlank())
                .filter(g -> g.x() < margin - SLACK || g.right() > r.getWidth() - margin + SLACK
                        || g.top() < -SLACK || g.bottom() > r.getHeight() + SLACK)
                .toList();
    }
}

package org.noticeboard.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void svgDecodesToTheExactUrl() throws Exception {
        String url = "https://heping.example.gov.cn/street/notice/water-cut-2026-12.html";
        String svg = QrCode.svg(url, "扫码查看网上全文");
        assertEquals(url, decode(svg));
    }

    @Test
    void keepsTheQuietZoneAndEscapesTheLabel() {
        String svg = QrCode.svg("https://example.org/a.html", "a \"b\" <c>");
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        assertEquals(QrCode.matrix("https://example.org/a.html").getWidth() + 8, size);
        Matcher first = Pattern.compile("M(\\d+) (\\d+)h1").matcher(svg);
        assertTrue(first.find());
        assertEquals(4, Integer.parseInt(first.group(1)), "first dark module after 4 blank");
        assertTrue(svg.contains("aria-label=\"a &quot;b&quot; &lt;c&gt;\""), svg);
        assertFalse(svg.contains("<c>"));
    }

    /** Rasterises the SVG's unit squares (8 px each) and reads it back with ZXing. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) ").matcher(svg);
        assertTrue(box.find());
        int modules = Integer.parseInt(box.group(1));
        int scale = 8;
        int[] pixels = new int[modules * scale * modules * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * modules * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var source = new com.google.zxing.RGBLuminanceSource(modules * scale, modules * scale,
                pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}

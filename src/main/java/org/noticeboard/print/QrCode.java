package org.noticeboard.print;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code drawn at build time as inline SVG: one path of unit squares on a white square with
 * the standard four-module quiet zone, so it prints sharply at any size and needs no script or
 * image file. Error correction M survives a pin hole or a scuffed corner on a board.
 */
public final class QrCode {

    static final int QUIET_ZONE = 4;

    private QrCode() {}

    /** The SVG element for {@code text}; {@code label} is read by screen readers. */
    public static String svg(String text, String label) {
        ByteMatrix m = matrix(text);
        int size = m.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder(m.getWidth() * m.getHeight() * 4);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y) == 1) {
                    path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size
                + " " + size + "\" role=\"img\" aria-label=\"" + escape(label)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\""
                + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    static ByteMatrix matrix(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
        } catch (WriterException e) {
            // Only text longer than a version-40 code can hold fails; URLs are far shorter.
            throw new IllegalArgumentException("too long for a QR code: " + text, e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}

package org.noticeboard.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small files of the shapes editors attach: a PDF, an XLSX, a photo; and hostile ones. */
final class Fixtures {

    private Fixtures() {}

    /** A one-page PDF with its text. */
    static byte[] pdf() {
        String text = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A zip with the parts every XLSX has (enough for a spreadsheet program to recognise). */
    static byte[] xlsx() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
                entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>");
                entry(zip, "xl/worksheets/sheet1.xml",
                        "<?xml version=\"1.0\"?><worksheet><sheetData/></worksheet>");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A real JPEG photo of the given size. */
    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone photo: a JPEG with an EXIF block holding its orientation and, after it, {@code
     * secret} (as a GPS position or an owner's name would be).
     */
    static byte[] jpegWithExif(int width, int height, int orientation, String secret) {
        byte[] jpeg = jpeg(width, height);
        byte[] text = secret.getBytes(StandardCharsets.UTF_8);
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
            (byte) orientation, 0, 0, 0, 0, 0, 0};
        int length = 2 + 6 + tiff.length + text.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
                .put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff).put(text)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /**
     * A PNG header claiming {@code width}×{@code height} pixels, with no pixel data: a file of a
     * few dozen bytes that would ask a decoder for gigabytes.
     */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(4 + 13);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}

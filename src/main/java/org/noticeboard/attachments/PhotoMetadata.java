package org.noticeboard.attachments;

import java.io.ByteArrayOutputStream;

/**
 * What a camera or phone writes into a JPEG besides the picture: EXIF (GPS position, camera
 * serial number, owner's name, date), XMP and Photoshop's IPTC block. Published photos carry none
 * of it: the segments are dropped from the file without decoding or re-compressing the picture,
 * so its quality and its bytes otherwise stay as the editor saved them. Only the orientation is
 * kept (in a new, minimal EXIF block): phones save portrait photos sideways and rely on it.
 */
public final class PhotoMetadata {

    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;

    private PhotoMetadata() {}

    /**
     * The JPEG without its APP1 (EXIF, XMP) and APP13 (IPTC) segments, its orientation kept;
     * other files as given.
     */
    public static byte[] stripped(byte[] file) {
        if (!isJpeg(file)) {
            return file;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
        out.write(file, 0, 2);
        int orientation = orientation(file);
        if (orientation != 1) {
            byte[] exif = {(byte) 0xFF, (byte) APP1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
                'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF, first directory at 8
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // one SHORT
                0, 0, 0, 0}; // no next directory
            out.write(exif, 0, exif.length);
        }
        int at = 2;
        while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
            int marker = file[at + 1] & 0xFF;
            if (marker == SOS) {
                break; // the compressed picture follows, to the end of the file
            }
            int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
            int end = at + 2 + length;
            if (length < 2 || end > file.length) {
                return file; // malformed: published as saved rather than cut short
            }
            if (marker != APP1 && marker != APP13) {
                out.write(file, at, end - at);
            }
            at = end;
        }
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }

    /**
     * The EXIF orientation (1 = upright; 3, 6, 8 = rotated; 2, 4, 5, 7 = mirrored), or 1 when
     * the file has none. Phones save photos sideways and set this tag instead of turning them.
     */
    public static int orientation(byte[] file) {
        if (!isJpeg(file)) {
            return 1;
        }
        int at = 2;
        while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
            int marker = file[at + 1] & 0xFF;
            int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
            if (marker == SOS || length < 2) {
                return 1;
            }
            if (marker == APP1 && length > 16 && at + 2 + length <= file.length
                    && new String(file, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .equals("Exif\0\0")) {
                return tiffOrientation(file, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return 1;
    }

    /** Tag 0x0112 of the first image directory of the TIFF structure at {@code start}. */
    private static int tiffOrientation(byte[] b, int start, int end) {
        boolean little = b[start] == 'I';
        int ifd = start + (int) read(b, start + 4, 4, little);
        if (ifd < start || ifd + 2 > end) {
            return 1;
        }
        int entries = (int) read(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                int value = (int) read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** Whether the orientation turns the picture by 90° (its width is shown as its height). */
    static boolean turnsSideways(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    private static long read(byte[] b, int at, int bytes, boolean little) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int v = b[at + (little ? bytes - 1 - i : i)] & 0xFF;
            value = (value << 8) | v;
        }
        return value;
    }

    private static boolean isJpeg(byte[] file) {
        return file.length > 4 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == SOI;
    }
}

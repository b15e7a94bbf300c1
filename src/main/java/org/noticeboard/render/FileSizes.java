package org.noticeboard.render;

import java.util.Locale;

/** A file's size as residents read it before downloading: 12 KB, 3.4 MB. */
final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private FileSizes() {}

    static String text(long bytes) {
        if (bytes < MB) {
            // rounded up: a 300-byte file is not "0 KB"
            return Math.max(1, (bytes + KB - 1) / KB) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}

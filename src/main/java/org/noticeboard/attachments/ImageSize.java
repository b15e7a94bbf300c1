package org.noticeboard.attachments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's width and height, read from its header without decoding the pixels: a photo of a
 * few megabytes can claim billions of pixels (a decompression bomb), and is refused before
 * anything would decode it.
 */
final class ImageSize {

    /** More than any camera's photo (a 100-megapixel sensor); the page would not load anyway. */
    static final long MAX_PIXELS = 100_000_000L;

    record Dimensions(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    private ImageSize() {}

    /** Empty when no reader of the JDK recognises the file as an image. */
    static Optional<Dimensions> read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Dimensions(reader.getWidth(0), reader.getHeight(0)));
            } catch (RuntimeException e) {
                // a malformed header: readers throw unchecked exceptions on some of them
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }
}

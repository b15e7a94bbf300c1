package org.noticeboard.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

    /** Whatever pieces a template writes, the bytes are those of the whole text's getBytes. */
    @Test
    void writesWhatStringGetBytesWrites() {
        String[] pieces = {"<p>", "公示期", "a", "é", "\uD840\uDC00", "\uD840", "\uDC00", "&amp;",
            "\u0000", "\u07FF", "\u0800", "\uFFFF", "😀", "\n"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder whole = new StringBuilder();
            Utf8Output out = new Utf8Output(1 + random.nextInt(3));
            for (int k = random.nextInt(10); k >= 0; k--) {
                String piece = pieces[random.nextInt(pieces.length)];
                whole.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> out.write(piece, 0, piece.length());
                    case 1 -> out.write(piece.toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(out::write);
                }
            }
            String text = whole.toString();
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(),
                    () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}

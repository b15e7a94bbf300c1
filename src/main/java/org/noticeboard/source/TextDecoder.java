package org.noticeboard.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding and line-end normalisation. */
public final class TextDecoder {

    /**
     * Decodes strictly; on invalid bytes returns the 1-based line of the first bad byte so the
     * editor can find it.
     */
    public Result decode(byte[] bytes) {
        // The JDK's own decoding is several times faster than a CharsetDecoder, but replaces bad
        // bytes with U+FFFD: only when that character shows up is the file decoded again
        // strictly, to tell a bad byte from a U+FFFD the editor really wrote.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Result(Optional.of(normalise(fast)), 0);
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return new Result(Optional.of(normalise(text)), 0);
        } catch (CharacterCodingException e) {
            return new Result(Optional.empty(), lineOfFirstBadByte(bytes));
        }
    }

    /** Removes a byte-order mark and turns CRLF and lone CR into LF. */
    public static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    /** The decoded text, or empty with the line of the first invalid byte. */
    public record Result(Optional<String> text, int badLine) {}
}

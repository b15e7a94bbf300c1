package org.noticeboard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void aReplacementCharacterTheEditorWroteIsText() {
        var result = decoder.decode("标题\r\n乱码符号 \uFFFD 照登\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("标题\n乱码符号 \uFFFD 照登\n", result.text().orElseThrow());
    }

    @Test
    void anInvalidByteIsReportedWithItsLine() {
        byte[] good = "第一行\n第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE6; // a three-byte character cut short
        bytes[good.length + 1] = 'x';
        bytes[good.length + 2] = '\n';
        var result = decoder.decode(bytes);
        assertTrue(result.text().isEmpty());
        assertEquals(3, result.badLine());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        var result = decoder.decode("\uFEFFtitle: x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("title: x\n", result.text().orElseThrow());
    }
}

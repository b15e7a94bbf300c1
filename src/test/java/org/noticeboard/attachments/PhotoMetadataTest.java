package org.noticeboard.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noticeboard.testing.Items;
import org.noticeboard.testing.TestSite;

/** Published photos carry no camera data (GPS, owner), only their orientation. */
class PhotoMetadataTest {

    static final String SECRET = "GPS 39.9042N 116.4074E 张三的手机";

    @TempDir
    Path temp;

    @Test
    void aPhonePhotoIsPublishedWithoutItsExifButUprightAndSizedAsShown() throws IOException {
        TestSite site = TestSite.in(temp)
                .file("street/notice/a.md", Items.notice("公示", "2026-11-25", 7)
                        + "\n![公示现场照片](photo.jpg)\n")
                .bytes("street/notice/photo.jpg", Fixtures.jpegWithExif(64, 48, 6, SECRET));
        assertEquals(List.of(), TestSite.lines(site.build()));
        byte[] published = Files.readAllBytes(site.output().resolve(
                "files/street/notice/photo.jpg"));
        String raw = new String(published, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("GPS 39.9042N"), "the camera data is gone");
        assertEquals(6, PhotoMetadata.orientation(published), "the orientation is kept");
        var image = ImageIO.read(new ByteArrayInputStream(published));
        assertEquals(64, image.getWidth());
        assertEquals(48, image.getHeight());
        Element img = site.page("street/notice/a.html").selectFirst(".body img");
        assertEquals("48", img.attr("width"), "turned by its orientation, as browsers show it");
        assertEquals("64", img.attr("height"));
    }

    @Test
    void aJpegWithoutMetadataAndOtherFilesAreLeftByteForByte() {
        byte[] plain = Fixtures.jpeg(30, 20);
        assertArrayEquals(plain, PhotoMetadata.stripped(plain));
        assertArrayEquals(Fixtures.pdf(), PhotoMetadata.stripped(Fixtures.pdf()));
        assertEquals(1, PhotoMetadata.orientation(plain));
    }

    @Test
    void anUprightPhotoLosesItsExifEntirely() {
        byte[] stripped = PhotoMetadata.stripped(Fixtures.jpegWithExif(30, 20, 1, SECRET));
        assertArrayEquals(Fixtures.jpeg(30, 20), stripped);
    }

    @Test
    void aTruncatedSegmentIsPublishedAsSavedRatherThanCut() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 1, 2};
        assertArrayEquals(broken, PhotoMetadata.stripped(broken));
        assertTrue(PhotoMetadata.orientation(broken) == 1);
    }
}

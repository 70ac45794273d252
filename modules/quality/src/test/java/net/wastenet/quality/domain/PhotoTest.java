package net.wastenet.quality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import net.wastenet.shared.TooLargeException;
import net.wastenet.shared.UnsupportedMediaException;
import org.junit.jupiter.api.Test;

class PhotoTest {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void aPngIsKeptWithItsSha256() {
        var checked = Photo.check(PNG, "image/png");
        assertEquals(ImageType.PNG, checked.type());
        assertEquals(64, checked.sha256().length());
    }

    @Test
    void theBytesMustBeTheDeclaredImage() {
        assertThrows(UnsupportedMediaException.class, () -> Photo.check(PNG, "image/jpeg"), "a PNG declared as a JPEG");
        assertThrows(UnsupportedMediaException.class, () -> Photo.check("GIF89a....".getBytes(), "image/png"), "not a PNG at all");
        assertThrows(UnsupportedMediaException.class, () -> Photo.check(PNG, "image/gif"), "a type not taken");
        var jpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        assertEquals(ImageType.JPEG, Photo.check(jpeg, "image/jpeg; charset=x").type());
    }

    @Test
    void aPhotoOverTenMebibytesIsRefused() {
        byte[] big = new byte[Photo.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertEquals("body", assertThrows(TooLargeException.class, () -> Photo.check(big, "image/png")).field());
        byte[] limit = new byte[Photo.MAX_BYTES];
        System.arraycopy(PNG, 0, limit, 0, PNG.length);
        assertEquals(Photo.MAX_BYTES, Photo.check(limit, "image/png").bytes().length);
    }
}

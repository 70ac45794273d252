package net.wastenet.quality.domain;

import java.util.Arrays;
import java.util.Optional;

/** The images a photo may be, told by their first bytes (magic numbers), never by what the client declares alone. */
public enum ImageType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] magic;

    ImageType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a media type names (parameters such as {@code ;charset} ignored), if it is one of these. */
    public static Optional<ImageType> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** The type the bytes are, by their magic number. */
    public static Optional<ImageType> of(byte[] bytes) {
        return Arrays.stream(values()).filter(t -> bytes.length >= t.magic.length
                && Arrays.equals(bytes, 0, t.magic.length, t.magic, 0, t.magic.length)).findFirst();
    }
}

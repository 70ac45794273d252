package net.wastenet.quality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;
import net.wastenet.shared.TooLargeException;
import net.wastenet.shared.UnsupportedMediaException;

/**
 * An uploaded photo: a JPEG or PNG image (told by its bytes, and the declared type must agree), at most
 * {@link #MAX_BYTES} bytes, kept with its SHA-256. Its bytes are a {@link PhotoContent} of their own, read only when
 * the image is served. Who may see it: its uploader, and whoever may read an inspection or rectification that uses it.
 */
@Entity
@Table(schema = "quality", name = "photo")
public class Photo {
    /** 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_seq")
    private Long id;
    private String sha256;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    /** The bytes of a photo being uploaded, until they are stored as its {@link PhotoContent}. */
    @jakarta.persistence.Transient
    private byte[] uploading;

    protected Photo() {
    }

    /** What an upload is, checked before anything is stored: its type (415), its size (413), its SHA-256. */
    public record Checked(ImageType type, byte[] bytes, String sha256) {
    }

    /**
     * Checks an upload: not empty (400), at most {@link #MAX_BYTES} (413), declared {@code image/jpeg} or {@code image/png}
     * and being that image by its first bytes (415).
     */
    public static Checked check(byte[] bytes, String declaredType) {
        Optional<ImageType> declared = ImageType.ofMediaType(declaredType);
        if (declared.isEmpty()) {
            throw new UnsupportedMediaException("body", Text.of("must be image/jpeg or image/png, not " + declaredType,
                    "必须是 image/jpeg 或 image/png，而不是 " + declaredType));
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("body", Text.of("is required: send the image's bytes", "为必填项：请发送图片内容"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("body", Text.of("must be at most " + MAX_BYTES + " bytes (10 MiB)",
                    "不得超过 " + MAX_BYTES + " 字节（10 MiB）"));
        }
        Optional<ImageType> actual = ImageType.of(bytes);
        if (actual.isEmpty() || actual.get() != declared.get()) {
            throw new UnsupportedMediaException("body", Text.of("is not a " + declared.get().mediaType() + " image"
                    + actual.map(t -> " (its bytes are " + t.mediaType() + ")").orElse(""),
                    "不是 " + declared.get().mediaType() + " 图片" + actual.map(t -> "（内容为 " + t.mediaType() + "）").orElse("")));
        }
        return new Checked(actual.get(), bytes, sha256(bytes));
    }

    public static Photo upload(Checked checked, LocalDateTime at, String who) {
        Photo p = new Photo();
        p.sha256 = checked.sha256();
        p.contentType = checked.type().mediaType();
        p.sizeBytes = checked.bytes().length;
        p.uploadedAt = Objects.requireNonNull(at);
        p.uploadedBy = Objects.requireNonNull(who);
        p.uploading = checked.bytes();
        return p;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    /** The bytes to store with a photo just uploaded (stored: it has its id), once. */
    public PhotoContent content() {
        if (id == null || uploading == null) {
            throw new IllegalStateException("only a photo just uploaded and stored has its content to store");
        }
        PhotoContent c = new PhotoContent(id, uploading);
        uploading = null;
        return c;
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}

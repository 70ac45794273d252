package net.wastenet.quality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A photo's bytes, apart from its description so that lists and checks never read them. */
@Entity
@Table(schema = "quality", name = "photo_content")
public class PhotoContent {
    @Id
    @Column(name = "photo_id")
    private Long photoId;
    private byte[] bytes;

    protected PhotoContent() {
    }

    public PhotoContent(long photoId, byte[] bytes) {
        this.photoId = photoId;
        this.bytes = Objects.requireNonNull(bytes);
    }

    public byte[] bytes() {
        return bytes;
    }
}

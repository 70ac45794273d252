package net.wastenet.shared.recording;

import java.time.LocalDateTime;
import java.util.Objects;

/** Who creates a record and when, with the client key and fingerprint it is stored with. */
public record Stamp(String who, LocalDateTime at, String clientKey, String fingerprint) {
    public Stamp {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}

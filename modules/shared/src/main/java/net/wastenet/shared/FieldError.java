package net.wastenet.shared;

import java.util.Objects;

/** One reason a request was refused: the field (as the client named it) and why. */
public record FieldError(String field, Text message) {
    public FieldError {
        Objects.requireNonNull(message, "message");
    }
}

package net.wastenet.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a request breaks, so the client learns all of them at once, then
 * {@link #throwIfAny() throws} one {@link InvalidInputException}.
 */
public final class Problems {
    private final List<FieldError> errors = new ArrayList<>();

    public Problems add(String field, Text message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Problems add(String field, String en, String zh) {
        return add(field, Text.of(en, zh));
    }

    /** Adds the error when the condition is false; returns the condition. */
    public boolean require(boolean condition, String field, String en, String zh) {
        if (!condition) {
            add(field, en, zh);
        }
        return condition;
    }

    /** Records that a required field is missing. */
    public Problems missing(String field) {
        return add(field, "is required", "为必填项");
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

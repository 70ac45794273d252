package net.wastenet.shared;

import java.util.List;

/** A request broke a rule: answered 400 with every field error found, and nothing changes. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + " " + errors.get(0).message().en());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, Text message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

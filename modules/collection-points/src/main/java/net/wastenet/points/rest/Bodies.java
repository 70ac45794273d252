package net.wastenet.points.rest;

import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;

/** A request without a body answers a problem naming the body, not a NullPointerException. */
final class Bodies {
    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", Text.of("is required: send a JSON object", "为必填项：请发送 JSON 对象"));
        }
        return body;
    }
}

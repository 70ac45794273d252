package net.wastenet.app.problems;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import net.wastenet.shared.FieldError;

/**
 * An RFC 9457 problem details document: {@code type}, {@code title}, {@code status}, {@code detail},
 * and for refused input {@code errors: [{field, message}]}, in the language the client asked for.
 */
public record Problem(int status, String type, String title, String detail, List<FieldError> errors, int retryAfterSeconds) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem; a 503 says to retry after five seconds. */
    public Problem(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, 5);
    }

    public JsonObject toJson(Locale locale) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "urn:wastenet:problem:" + type)
                .add("title", title)
                .add("status", status);
        String localDetail = errors != null && errors.size() == 1 && errors.get(0).field() != null
                ? errors.get(0).field() + ": " + errors.get(0).message().in(locale)
                : detail;
        if (localDetail != null) {
            b.add("detail", localDetail);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldError e : errors) {
                JsonObjectBuilder item = Json.createObjectBuilder();
                if (e.field() == null) {
                    item.addNull("field");
                } else {
                    item.add("field", e.field());
                }
                list.add(item.add("message", e.message().in(locale)));
            }
            b.add("errors", list);
        }
        return b.build();
    }

    public Response toResponse(Locale locale) {
        Response.ResponseBuilder r = Response.status(status).type(MEDIA_TYPE).entity(toJson(locale).toString());
        if (status == 503) {
            r.header("Retry-After", String.valueOf(retryAfterSeconds));
        }
        return r.build();
    }
}

package net.wastenet.app.problems;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.wastenet.app.BoundedNumbers;
import net.wastenet.shared.BusyException;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.FieldError;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Languages;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * Turns every failure into problem details. Failures are classified by what caused them (the
 * platform wraps them: a JSON-B error in a processing exception, a commit failure in a
 * transactional exception), so the client learns the real reason and which field it concerns.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = headers == null ? Languages.EN : Languages.choose(safeLanguages());
        Response problem = classify(failure).toResponse(locale);
        // a 405 says which methods the path takes (RFC 9110): the platform's refusal carries them
        if (failure instanceof WebApplicationException w && w.getResponse() != null
                && w.getResponse().getStatus() == 405 && w.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, w.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return problem;
    }

    static Problem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return new Problem(400, "invalid-input", "Invalid input", e.getMessage(), e.errors());
            }
            if (t instanceof UnknownCodeException e) {
                return new Problem(404, "unknown-code", "Unknown code", e.getMessage(),
                        List.of(new FieldError(e.field(), e.text())));
            }
            if (t instanceof NotYoursException e) {
                return new Problem(403, "forbidden", "Not yours", e.getMessage(), List.of(new FieldError(e.field(), e.text())));
            }
            if (t instanceof ConflictException e) {
                return new Problem(409, "conflict", "Conflict", e.getMessage(), List.of(new FieldError(e.field(), e.text())));
            }
            if (t instanceof BusyException e) {
                return new Problem(503, "busy", "Busy", e.getMessage(), List.of(new FieldError(null, e.text())), e.retryAfterSeconds());
            }
            if (t instanceof net.wastenet.shared.TooLargeException e) {
                return new Problem(413, "payload-too-large", "Request body too large", e.getMessage(),
                        List.of(new FieldError(e.field(), e.text())));
            }
            if (t instanceof net.wastenet.shared.UnsupportedMediaException e) {
                return new Problem(415, "unsupported-media-type", "Unsupported media type", e.getMessage(),
                        List.of(new FieldError(e.field(), e.text())));
            }
            if (t instanceof PayloadTooLargeException e) {
                return new Problem(413, "payload-too-large", "Request body too large", e.getMessage(),
                        List.of(new FieldError("body", e.why())));
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("OptimisticLockException")) {
                return new Problem(409, "concurrent-change", "Changed by someone else",
                        "the record was changed by another request at the same time: read it again and retry", List.of(
                        new FieldError(null, Text.of("the record was changed by another request at the same time: read it again and retry",
                                "该记录刚被其他请求修改：请重新读取后再试"))));
            }
            if (t instanceof JsonParsingException || t instanceof JsonbException || t instanceof JsonException) {
                return malformed(t);
            }
        }
        if (Idempotency.isUniqueViolation(failure)) {
            return new Problem(409, "conflict", "Conflict", "the record clashes with one stored at the same time",
                    List.of(new FieldError(null, Text.of("the record clashes with one stored at the same time",
                            "与同时保存的记录冲突"))));
        }
        if (failure instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String title = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            if (status == 400) {
                return malformed(failure);
            }
            // the platform's own message (RESTEASY003210: ...) says how the server is built, not what the client did
            return new Problem(status, status == 403 ? "forbidden" : status == 401 ? "unauthenticated" : "http-" + status,
                    status == 401 ? "Sign-in required" : title, plainDetail(status), List.of());
        }
        if (databaseUnreachable(failure)) {
            LOG.warning("database unreachable: " + failure);
            return new Problem(503, "database-unavailable", "Database unavailable",
                    "the database cannot be reached just now; nothing was stored. Send the same request again (same clientKey)",
                    List.of(new FieldError(null, Text.of("the database cannot be reached just now; nothing was stored. Send the same request again",
                            "暂时无法连接数据库，未保存任何内容；请稍后原样重发"))));
        }
        String incident = UUID.randomUUID().toString();
        // the JSON logs carry it as ext_incident beside ext_user (docs/operations.md, "Logs")
        net.wastenet.app.logs.LogContext.put("incident", incident);
        try {
            LOG.log(Level.SEVERE, "incident " + incident, failure);
        } finally {
            net.wastenet.app.logs.LogContext.remove("incident");
        }
        return new Problem(500, "internal", "Internal error",
                "the server failed; nothing was stored. Quote incident " + incident + " to support", List.of());
    }

    /** A refusal as the metrics count it: the problem type answered and the first field it named ("" for none). */
    public record Reason(String type, String field) {
    }

    /** The problem type and field a refusal (a broken rule of the recording pipeline) is answered with. */
    public static Reason reasonOf(Throwable refusal) {
        Problem p = refusal instanceof InvalidInputException e
                ? new Problem(400, "invalid-input", "", "", e.errors())
                : refusal instanceof UnknownCodeException || refusal instanceof NotYoursException || refusal instanceof ConflictException
                ? classify(refusal) : null;
        if (p == null) {
            return new Reason("other", "");
        }
        String field = p.errors().isEmpty() || p.errors().get(0).field() == null ? "" : p.errors().get(0).field();
        return new Reason(p.type(), field);
    }

    /**
     * Whether the failure is the database being gone (restarting, unreachable, shutting down): a
     * connection-class SQL state (08xxx), PostgreSQL's operator intervention (57P0x), or the pool
     * timing out waiting for a connection. The request changed nothing and may be sent again.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getClass().getName().equals("jakarta.resource.ResourceException")
                    || t.getClass().getName().endsWith("ConnectionWaitTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /** Malformed JSON, or a value of the wrong type: names the property when the binder tells it. */
    /** Yasson's message for a property the target type does not have (strict reading, see StrictJson). */
    private static final java.util.regex.Pattern UNKNOWN_PROPERTY =
            java.util.regex.Pattern.compile("[Uu]nknown propert(?:y|ies)\\W*(?:found:?\\W*)?\\[?([A-Za-z_][A-Za-z0-9_]*)");

    private static Problem malformed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            Matcher u = c.getMessage() == null ? null : UNKNOWN_PROPERTY.matcher(c.getMessage());
            if (u != null && u.find()) {
                Text why = Text.of("is not a property of this request; check its spelling against the API document",
                        "不是该请求的属性；请对照 API 文档检查拼写");
                return new Problem(400, "malformed", "Malformed request body", u.group(1) + " " + why.en(),
                        List.of(new FieldError(u.group(1), why)));
            }
        }
        String field = "body";
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            Matcher m = c.getMessage() == null ? null : JSONB_PROPERTY.matcher(c.getMessage());
            if (m != null && m.find()) {
                field = m.group(1);
                break;
            }
        }
        Text why = "body".equals(field)
                ? Text.of("is not well-formed JSON of the expected shape", "不是格式正确、结构符合要求的 JSON")
                : Text.of("has a value of the wrong type", "值的类型不正确");
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BoundedNumbers.Refused refused) {
                why = refused.why();
                break;
            }
        }
        return new Problem(400, "malformed", "Malformed request body", field + " " + why.en(),
                List.of(new FieldError(field, why)));
    }

    /** What a refusal by the platform means, in the client's terms. */
    static String plainDetail(int status) {
        return switch (status) {
            case 401 -> "send HTTP Basic credentials or a bearer token";
            case 403 -> "your role may not do this";
            case 404 -> "no resource at this path";
            case 405 -> "this path does not take this method";
            case 406 -> "the answer cannot be given in an accepted media type";
            case 415 -> "the body's media type is not one this path takes";
            default -> null;
        };
    }

    private List<Locale> safeLanguages() {
        try {
            return headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}

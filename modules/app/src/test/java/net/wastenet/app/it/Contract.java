package net.wastenet.app.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every request the integration suite sends to {@code /api/} and every answer it gets, checked against the
 * OpenAPI document the server itself serves (issue 17), with Atlassian's swagger-request-validator.
 *
 * <p>What counts as a violation, i.e. what an integrator generating a client from the document would trip on:
 * <ul>
 * <li>an answer whose status, content type or body the document does not describe for that operation;</li>
 * <li>a request the document says is invalid that the server nevertheless accepted (any 2xx): the suite sends
 * bad requests on purpose, and those must be refused (4xx, itself a documented answer);</li>
 * <li>an endpoint that answered but is not in the document (an unknown path must answer 404, a method the path
 * does not have 405).</li>
 * </ul>
 * A violation throws {@link AssertionError} at once, so the test that made the call fails and names it.
 */
final class Contract {
    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    // HTTP/1.1 as the stations speak it: no h2c upgrade on the first requests, which concurrent tests race on
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private Contract() {
    }

    /** Checks one exchange; {@code requestBody} is the text sent (null for none). */
    static void check(HttpRequest request, String requestBody, HttpResponse<String> response) {
        check(request, requestBody, response, response.body());
    }

    /**
     * Checks a download (an export's CSV or XLSX, a photo): its status, content type and headers, and a text body as
     * text; a binary body is handed over byte for byte (the document says it is a binary string: any bytes are one).
     */
    static void checkDownload(HttpRequest request, HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean text = type.startsWith("text/") || type.contains("json");
        check(request, null, response, new String(response.body(), text ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
    }

    private static void check(HttpRequest request, String requestBody, HttpResponse<?> response, String responseBody) {
        URI uri = request.uri();
        String path = uri.getRawPath();
        if (!path.startsWith("/api/")) {
            return; // health, metrics, the document itself and the pages are not part of the REST contract
        }
        if (path.toLowerCase(java.util.Locale.ROOT).contains("%2e") || path.contains("/../") || path.contains("/./")) {
            return; // dot segments: the web container refuses them (its own 400 page) before the application sees the request
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(root(uri), Contract::validatorFor);
        Request.Method method = Request.Method.valueOf(request.method());
        SimpleRequest.Builder req = new SimpleRequest.Builder(method, decode(path));
        headers(request.headers(), req::withHeader);
        if (requestBody != null && !requestBody.isEmpty()) {
            req.withBody(requestBody);
        }
        if (uri.getRawQuery() != null) {
            Map<String, List<String>> query = java.util.Arrays.stream(uri.getRawQuery().split("&")).filter(s -> !s.isEmpty())
                    .map(s -> s.split("=", 2))
                    .collect(Collectors.groupingBy(kv -> decode(kv[0]), java.util.LinkedHashMap::new,
                            Collectors.mapping(kv -> kv.length > 1 ? decode(kv[1]) : "", Collectors.toList())));
            query.forEach(req::withQueryParam);
        }
        int status = response.statusCode();
        ValidationReport asked = validator.validateRequest(req.build());
        if (asked.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing"))) {
            if (status != 404) {
                fail(request, response, "answered " + status + " on a path the document does not describe", asked);
            }
            return;
        }
        if (asked.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.operation.notAllowed"))) {
            if (status != 405) {
                fail(request, response, "answered " + status + " to a method the document does not give this path", asked);
            }
            return;
        }
        if (asked.hasErrors() && status / 100 == 2) {
            fail(request, response, "accepted a request the document says is invalid", asked);
        }
        SimpleResponse.Builder res = SimpleResponse.Builder.status(status).withBody(responseBody);
        headers(response.headers(), res::withHeader);
        ValidationReport answered = validator.validateResponse(decode(path), method, res.build());
        if (answered.hasErrors()) {
            fail(request, response, "answered what the document does not describe", answered);
        }
    }

    private static void headers(HttpHeaders headers, java.util.function.BiConsumer<String, List<String>> sink) {
        headers.map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(":status")) {
                sink.accept(name, values);
            }
        });
    }

    private static void fail(HttpRequest request, HttpResponse<?> response, String what, ValidationReport report) {
        String body = response.body() instanceof String t ? t : response.body() == null ? "" : "(" + ((byte[]) response.body()).length + " bytes)";
        throw new AssertionError("contract violation: " + request.method() + " " + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()) + " " + what + ":\n"
                + report.getMessages().stream().map(m -> "  " + m.getLevel() + " " + m.getKey() + ": " + m.getMessage())
                        .collect(Collectors.joining("\n"))
                + "\n  answer " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body));
    }

    private static URI root(URI uri) {
        return uri.resolve("/");
    }

    private static OpenApiInteractionValidator validatorFor(URI root) {
        try {
            HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(root.resolve("openapi?format=JSON"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (doc.statusCode() != 200) {
                throw new IllegalStateException("the server's OpenAPI document answered " + doc.statusCode());
            }
            // the document's servers name the host the server saw; the suite calls paths from the root
            return OpenApiInteractionValidator.createForInlineApiSpecification(closed(doc.body())).withBasePathOverride("/").build();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("reading the server's OpenAPI document failed", e);
        }
    }

    /**
     * The document with every object schema closed ({@code additionalProperties: false}): the server refuses unknown
     * properties in what it is sent, and an answer carrying a field the document does not name is a violation too
     * (a generated client that refuses unknown properties would fail on it).
     */
    static String closed(String document) {
        jakarta.json.JsonObject doc;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(document))) {
            doc = reader.readObject();
        }
        var schemas = jakarta.json.Json.createObjectBuilder();
        doc.getJsonObject("components").getJsonObject("schemas").forEach((name, schema) -> {
            jakarta.json.JsonObject s = schema.asJsonObject();
            schemas.add(name, s.containsKey("properties") && !s.containsKey("additionalProperties")
                    ? jakarta.json.Json.createObjectBuilder(s).add("additionalProperties", false).build() : s);
        });
        var components = jakarta.json.Json.createObjectBuilder(doc.getJsonObject("components")).add("schemas", schemas);
        return jakarta.json.Json.createObjectBuilder(doc).add("components", components).build().toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

package net.wastenet.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of the deployed application for tests: HTTP Basic as a demo user, JSON in and out. */
public final class Api {
    public static final String PASSWORD = "wastenet";
    // HTTP/1.1 as the stations speak it: no h2c upgrade on the first requests, which concurrent tests race on
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    public Api(URL deployment) {
        this.base = URI.create(deployment.toString());
    }

    /** The answer: status, content type, its headers and the body read as JSON when it is JSON. */
    public record Reply(int status, String contentType, String text, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The fields named by a problem's errors. */
        public java.util.List<String> errorFields() {
            return json().getJsonArray("errors").stream()
                    .map(v -> v.asJsonObject().isNull("field") ? null : v.asJsonObject().getString("field")).toList();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text;
        }
    }

    /** The same server, at its root: where Liberty serves /health and /openapi. */
    public Api atServerRoot() {
        try {
            return new Api(base.resolve("/").toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds points to a user's scope (as the administrator), keeping what they had. */
    public void grantPoints(String username, String... pointCodes) {
        var current = get("api/v1/users/" + username + "/scope", "admin").json();
        var points = Json.createArrayBuilder(current.getJsonArray("points"));
        for (String p : pointCodes) {
            points.add(p);
        }
        var body = Json.createObjectBuilder(current).add("points", points).build();
        var reply = put("api/v1/users/" + username + "/scope", "admin", body.toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("granting points failed: " + reply);
        }
    }

    /** A download: status, content type, content disposition and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    public Download download(String path, String user) {
        try {
            HttpRequest sent = request(path, user).GET().build();
            HttpResponse<byte[]> r = HTTP.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            Contract.checkDownload(sent, r);
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Content-Disposition").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), json);
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE().build(), null);
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET().build(), null);
    }

    /** A GET signed in with the given password (a wrong one, for the sign-in tests). */
    public Reply getWithPassword(String path, String user, String password) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return send(HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(60)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(), null);
    }

    public Reply get(String path, String user, String acceptLanguage) {
        return send(request(path, user).header("Accept-Language", acceptLanguage).GET().build(), null);
    }

    public Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), json);
    }

    public Reply post(String path, String user, String contentType, String body, String acceptLanguage) {
        HttpRequest.Builder b = request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return send(b.build(), body);
    }

    /** A POST of bytes (an image): the contract check sees a placeholder for the binary body. */
    public Reply postBytes(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                "(" + body.length + " bytes)");
    }

    public Reply post(String path, String user, JsonValue json) {
        return post(path, user, json.toString());
    }

    private HttpRequest.Builder request(String path, String user) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(180));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            b.header("Authorization", "Basic " + token);
        }
        return b;
    }

    /** Sends a request and checks the exchange against the OpenAPI document ({@link Contract}). */
    private static Reply send(HttpRequest request, String body) {
        HttpResponse<String> r;
        try {
            r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("request to " + request.uri() + " failed", e);
        }
        Contract.check(request, body, r);
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(), r.headers());
    }
}

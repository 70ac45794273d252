package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import net.wastenet.app.contract.ContractFilter;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DemoCalendar;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as a contract (issue 17): typed, with a schema for every answer and one Problem
 * schema for every error, operationIds, path examples that exist in the demo; and the server answering
 * the shapes the document states. The document is saved to target/openapi.json for the linter
 * (.ci/contract-test runs Spectral on it).
 */
@ExtendWith(ArquillianExtension.class)
class ContractIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private JsonObject document() throws Exception {
        var reply = new Api(url).atServerRoot().get("openapi?format=JSON", null);
        assertEquals(200, reply.status());
        Files.writeString(Path.of("target", "openapi.json"), reply.text(), StandardCharsets.UTF_8);
        return reply.json();
    }

    private static List<Object[]> operations(JsonObject doc) {
        List<Object[]> ops = new ArrayList<>();
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (op.getValue().getValueType() == JsonValue.ValueType.OBJECT && !op.getKey().equals("parameters")) {
                    ops.add(new Object[] {path.getKey(), op.getKey(), op.getValue().asJsonObject()});
                }
            }
        }
        return ops;
    }

    @Test
    void everyOperationHasAnIdEveryAnswerASchemaAndEveryErrorTheProblemSchema() throws Exception {
        JsonObject doc = document();
        JsonObject components = doc.getJsonObject("components");
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"));
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        for (Object[] o : operations(doc)) {
            String name = o[1] + " " + o[0];
            JsonObject op = (JsonObject) o[2];
            if (!op.containsKey("operationId") || !ids.add(op.getString("operationId"))) {
                faults.add(name + ": no operationId or a repeated one");
            }
            for (var r : op.getJsonObject("responses").entrySet()) {
                JsonObject response = r.getValue().asJsonObject();
                if (response.containsKey("$ref")) {
                    continue;
                }
                JsonObject content = response.getJsonObject("content");
                if (r.getKey().startsWith("2") && content != null) {
                    content.forEach((media, m) -> {
                        if (!m.asJsonObject().containsKey("schema")) {
                            faults.add(name + " " + r.getKey() + " " + media + ": no schema");
                        }
                    });
                }
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    if (content == null || !content.containsKey("application/problem+json")
                            || !content.getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref", "")
                                    .endsWith("/Problem")) {
                        faults.add(name + " " + r.getKey() + ": not the Problem schema");
                    }
                }
            }
            JsonObject responses = op.getJsonObject("responses");
            for (String code : List.of("401", "406")) {
                if (!responses.containsKey(code)) {
                    faults.add(name + ": no " + code);
                }
            }
            for (JsonValue p : op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
                JsonObject parameter = p.asJsonObject();
                String pn = parameter.getString("name");
                JsonObject schema = parameter.getJsonObject("schema");
                if ((pn.equals("page") || pn.equals("size")) && !"integer".equals(schema.getString("type"))) {
                    faults.add(name + ": " + pn + " is not an integer");
                }
                if (pn.equals("size") && schema.getInt("maximum", -1) != 1000) {
                    faults.add(name + ": size has no maximum 1000");
                }
                if (parameter.getString("in").equals("path") && !parameter.containsKey("example")) {
                    faults.add(name + ": path parameter " + pn + " has no example");
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        assertTrue(ids.contains("log"), "operationIds are the Java methods' names: " + ids);
    }

    /**
     * The contract integrators generate clients from is committed (docs/openapi.json; GeneratedClientIT's client is
     * generated from it at build time), and it is exactly what the server serves: a change to the API shows up as a
     * change to that file in review. After an intended change, copy modules/app/target/openapi.json over it.
     */
    @Test
    void theServedDocumentIsTheCommittedContract() throws Exception {
        JsonObject served = document();
        Path committed = Path.of(System.getProperty("wastenet.contract", "../../docs/openapi.json"));
        JsonObject contract;
        try (var reader = Json.createReader(Files.newBufferedReader(committed, StandardCharsets.UTF_8))) {
            contract = reader.readObject();
        }
        List<String> differences = new ArrayList<>();
        differences("", contract, served, differences);
        assertTrue(differences.isEmpty(), "the served document differs from " + committed.toAbsolutePath().normalize()
                + " (copy target/openapi.json over it if the change is intended):\n" + String.join("\n", differences));
    }

    /** The JSON pointers where two documents differ (at most 30). */
    private static void differences(String at, JsonValue expected, JsonValue actual, List<String> out) {
        if (out.size() >= 30 || expected.equals(actual)) {
            return;
        }
        if (at.matches("/paths/.*/parameters/\\d+/example") && actual instanceof jakarta.json.JsonString a
                && ContractFilter.datedPathExamples(CityClock.system().today()).containsValue(a.getString())) {
            return; // the demo's dated records (a manifest, a period) move with its calendar: the served example is checked against it
        }
        if (expected instanceof jakarta.json.JsonNumber e && actual instanceof jakarta.json.JsonNumber a
                && e.bigDecimalValue().compareTo(a.bigDecimalValue()) == 0) {
            return; // 1.0E+7 and 10000000.0 are the same number
        }
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            Set<String> keys = new java.util.TreeSet<>(e.keySet());
            keys.addAll(a.keySet());
            for (String k : keys) {
                String here = at + "/" + k.replace("~", "~0").replace("/", "~1");
                if (!a.containsKey(k)) {
                    out.add(here + ": committed, not served");
                } else if (!e.containsKey(k)) {
                    out.add(here + ": served, not committed");
                } else {
                    differences(here, e.get(k), a.get(k), out);
                }
            }
        } else if (expected instanceof jakarta.json.JsonArray e && actual instanceof jakarta.json.JsonArray a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                differences(at + "/" + i, e.get(i), a.get(i), out);
            }
        } else {
            out.add(at + ": committed " + abbreviated(expected) + ", served " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonValue v) {
        String s = v.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    @Test
    void thePathExamplesNameRecordsThatExistInTheDemo() throws Exception {
        JsonObject doc = document();
        List<String> faults = new ArrayList<>();
        int tried = 0;
        for (Object[] o : operations(doc)) {
            JsonObject op = (JsonObject) o[2];
            String path = (String) o[0];
            if (!o[1].equals("get") || !path.contains("{") || path.contains("/imports/") || path.contains("/rebuild/")
                    || path.contains("/webhooks/")) {
                continue; // no import, rebuild or subscriber exists until someone makes one
            }
            String concrete = path;
            for (JsonValue p : op.getJsonArray("parameters")) {
                JsonObject parameter = p.asJsonObject();
                if (parameter.getString("in").equals("path")) {
                    String example = parameter.get("example").toString().replace("\"", "");
                    concrete = concrete.replace("{" + parameter.getString("name") + "}", URLEncoder.encode(example, StandardCharsets.UTF_8));
                }
            }
            var month = DemoCalendar.firstMonth(CityClock.system().today());
            String query = path.endsWith("/{component}") ? "?scope=510104&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth() : "";
            var reply = new Api(url).atServerRoot().get(concrete.substring(1) + query, "admin");
            tried++;
            if (reply.status() == 404) {
                faults.add(concrete + ": " + reply.text());
            }
        }
        assertTrue(tried >= 15, "tried " + tried);
        // the dated examples are named from the demo's calendar of today, not frozen on the day the document was committed
        String manifestNo = ContractFilter.datedPathExamples(CityClock.system().today()).get("/kitchen-waste/manifests/{manifestNo}");
        assertEquals(manifestNo, doc.getJsonObject("paths").getJsonObject("/api/v1/kitchen-waste/manifests/{manifestNo}").getJsonObject("get")
                .getJsonArray("parameters").getJsonObject(0).getString("example"));
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        // the tonnage-log example's point exists: the example body can be sent as it is
        JsonObject log = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("NewTonnageLog");
        assertNotNull(log);
        String point = doc.getJsonObject("paths").getJsonObject("/api/v1/tonnage-logs").getJsonObject("post").getJsonObject("requestBody")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("examples").getJsonObject("kitchen waste")
                .getJsonObject("value").getString("pointCode");
        assertEquals(200, new Api(url).get("api/v1/points/" + point, "admin").status(), point);
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, String accept, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpRequest request = b.build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Contract.check(request, body, response);
        return response;
    }

    private static JsonObject problem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonObject p = Json.createReader(new StringReader(r.body())).readObject();
        assertEquals(status, p.getInt("status"));
        assertTrue(p.getString("type").startsWith("urn:wastenet:problem:"), r.body());
        assertFalse(r.body().contains("RESTEASY"), r.body());
        assertTrue(p.containsKey("title"));
        return p;
    }

    @Test
    void everyRefusalIsAProblemAndA405SaysWhatIsAllowed() throws Exception {
        assertEquals("urn:wastenet:problem:unauthenticated", problem(send("GET", "api/v1/districts", null, null, null, null), 401).getString("type"));
        assertEquals("urn:wastenet:problem:forbidden",
                problem(send("POST", "api/v1/districts", "station-jj01", "application/json", null, "{}"), 403).getString("type"));
        problem(send("GET", "api/v1/no-such-thing", "admin", null, null, null), 404);
        problem(send("GET", "api/v1/districts/999999", "admin", null, null, null), 404);
        var notAllowed = send("DELETE", "api/v1/districts", "admin", null, null, null);
        problem(notAllowed, 405);
        String allow = notAllowed.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST"), "Allow: " + allow);
        problem(send("GET", "api/v1/districts", "admin", null, "text/xml", null), 406);
        problem(send("POST", "api/v1/districts", "admin", "text/plain", null, "x"), 415);
    }

    @Test
    void aNumberWrittenAsAStringIsRefusedNamingTheField() {
        Api api = new Api(url);
        var reply = api.post("api/v1/tonnage-logs", "admin", """
                {"pointCode":"JJ-P001","category":"KITCHEN","weightKg":"12.5","weighedAt":"2026-10-05T08:30:00+08:00",
                 "clientKey":"contract-string-number"}""");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("weightKg"), reply.errorFields());
        var community = api.post("api/v1/communities", "admin", """
                {"code":"JJ-C999","name":"x","districtCode":"510104","street":"x","households":"12","residents":30,"activeFrom":"2026-01-01"}""");
        assertEquals(400, community.status(), community::toString);
        assertEquals(List.of("households"), community.errorFields());
    }

    /**
     * Every parameter and every request-body property states the limits the server enforces (issue 17): a text has an
     * enumeration, a pattern, a format or a maximum length; a number a minimum or a maximum. A client generated from the
     * document can then check a value before sending it. Free texts (names, reasons, comments) qualify by their length.
     */
    @Test
    void everyParameterAndRequestPropertyStatesItsLimits() throws Exception {
        JsonObject doc = document();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<String> bare = new ArrayList<>();
        Set<String> bodies = new java.util.TreeSet<>();
        for (Object[] o : operations(doc)) {
            String name = o[1] + " " + o[0];
            JsonObject op = (JsonObject) o[2];
            for (JsonValue p : op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
                JsonObject parameter = p.asJsonObject();
                if (parameter.containsKey("schema") && unbounded(parameter.getJsonObject("schema"))) {
                    bare.add(name + " parameter " + parameter.getString("name") + " (" + parameter.getString("in") + "): "
                            + parameter.getJsonObject("schema"));
                }
            }
            JsonObject body = op.getJsonObject("requestBody");
            if (body != null && body.containsKey("content")) {
                body.getJsonObject("content").values().forEach(m -> referred(m.asJsonObject().getJsonObject("schema"), schemas, bodies));
            }
        }
        for (String record : bodies) {
            JsonObject properties = schemas.getJsonObject(record).getJsonObject("properties");
            if (properties == null) {
                continue;
            }
            properties.forEach((property, v) -> {
                JsonObject s = v.asJsonObject();
                JsonObject scalar = "array".equals(s.getString("type", "")) && s.containsKey("items") ? s.getJsonObject("items") : s;
                if (unbounded(scalar)) {
                    bare.add(record + "." + property + ": " + s);
                }
            });
        }
        assertTrue(bodies.size() >= 30, "request bodies found: " + bodies);
        assertTrue(bare.isEmpty(), bare.size() + " parameters and request properties state no limit:\n" + String.join("\n", bare));
        JsonObject weight = schemas.getJsonObject("NewTonnageLog").getJsonObject("properties").getJsonObject("weightKg");
        assertEquals(0, weight.getJsonNumber("minimum").intValue(), weight::toString);
        assertTrue(weight.getBoolean("exclusiveMinimum", false), weight::toString);
        assertEquals(100_000, weight.getJsonNumber("maximum").intValue(), weight::toString);
        assertEquals(64, schemas.getJsonObject("NewTonnageLog").getJsonObject("properties").getJsonObject("clientKey").getInt("maxLength"));
        assertFalse(doc.toString().contains("JJ-P0001"), "an example names a point the demo does not have (its points are JJ-P001...)");
    }

    /** A string with no enumeration, pattern, format or maximum length; a number with neither minimum nor maximum. */
    private static boolean unbounded(JsonObject s) {
        if (s.containsKey("$ref")) {
            return false;
        }
        return switch (s.getString("type", "")) {
            case "string" -> !(s.containsKey("enum") || s.containsKey("pattern") || s.containsKey("format") || s.containsKey("maxLength"));
            case "number", "integer" -> !(s.containsKey("minimum") || s.containsKey("maximum"));
            default -> false;
        };
    }

    /** The names of the schemas a schema refers to, itself included, through properties and items. */
    private static void referred(JsonObject s, JsonObject schemas, Set<String> names) {
        if (s == null) {
            return;
        }
        if (s.containsKey("$ref")) {
            String name = s.getString("$ref").substring(s.getString("$ref").lastIndexOf('/') + 1);
            if (schemas.containsKey(name) && names.add(name)) {
                referred(schemas.getJsonObject(name), schemas, names);
            }
            return;
        }
        referred(s.getJsonObject("items"), schemas, names);
        if (s.containsKey("properties")) {
            s.getJsonObject("properties").values().forEach(p -> referred(p.asJsonObject(), schemas, names));
        }
    }
}

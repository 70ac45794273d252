package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × endpoint matrix, derived from the OpenAPI document: every operation it lists must be
 * in the table below (a new endpoint cannot go unclassified), and every cell is checked against the
 * running server with the document's own examples. One demo user stands for each role, with their
 * demo scope (station-jj01: JJ-P001…, officer-jj: 510104, hauler01: H01, plant-ql: QL-KW01 and JJ-SC01, inspector-jj: 510104).
 *
 * <p>Reads are sent for every user: the listed users must get an answer that is not 401/403, the
 * others 403. Writes are sent only for the users who must be refused (403, so nothing is stored);
 * the allowed writes are exercised, with their effects checked, by each module's integration test.
 * Without credentials every operation answers 401.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {
    static final List<String> USERS = List.of("admin", "bureau", "officer-jj", "station-jj01", "hauler01", "plant-ql", "inspector-jj");
    static final Set<String> ALL = Set.copyOf(USERS);
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> CITY = Set.of("admin", "bureau");
    /** Readers of Jinjiang's figures (510104): the bureau, administrators and its officer. */
    static final Set<String> JINJIANG = Set.of("admin", "bureau", "officer-jj");
    /** Readers of Jinjiang's quality of sorting (plans, inspections, rectifications, 达标): its readers and its inspector. */
    static final Set<String> JINJIANG_QUALITY = Set.of("admin", "bureau", "officer-jj", "inspector-jj");
    /** Readers of sorting centre JJ-SC01's reports: the city, Jinjiang's officer and its operator. */
    static final Set<String> JJ_SC01 = Set.of("admin", "bureau", "officer-jj", "plant-ql");

    /** Who may do each operation with its example (the rest are refused with 403). */
    static final Map<String, Set<String>> MAY = new TreeMap<>(Map.ofEntries(
            // reference data: everyone signed in reads it; administrators write it
            Map.entry("GET /districts", ALL), Map.entry("GET /districts/{code}", ALL), Map.entry("POST /districts", ADMIN),
            Map.entry("GET /communities", ALL), Map.entry("GET /communities/{code}", ALL), Map.entry("POST /communities", ADMIN),
            Map.entry("GET /points", ALL), Map.entry("GET /points/map", ALL), Map.entry("GET /points/{code}", ALL), Map.entry("POST /points", ADMIN),
            Map.entry("POST /points/{code}/status", ADMIN),
            Map.entry("GET /facilities", ALL), Map.entry("GET /facilities/{code}", ALL), Map.entry("POST /facilities", ADMIN),
            Map.entry("POST /facilities/{code}/capacity-changes", ADMIN),
            Map.entry("GET /haulers", ALL), Map.entry("GET /haulers/{code}", ALL), Map.entry("POST /haulers", ADMIN),
            Map.entry("GET /vehicles", ALL), Map.entry("GET /vehicles/{code}", ALL), Map.entry("POST /vehicles", ADMIN),
            Map.entry("GET /kitchen-waste/producers", ALL), Map.entry("POST /kitchen-waste/producers", ADMIN),
            // routes: their hauler's, those stopping in an officer's district, the city's
            Map.entry("GET /kitchen-waste/routes", Set.of("admin", "bureau", "officer-jj", "hauler01")),
            // a facility's reports (JJ-SC01) and alerts (QL-KW01)
            Map.entry("GET /facilities/{code}/attribution", JJ_SC01), Map.entry("GET /facilities/{code}/capacity", JJ_SC01), Map.entry("GET /facilities/capacity", ALL),
            Map.entry("GET /facilities/{code}/flows", JJ_SC01), Map.entry("GET /facilities/{code}/mass-balance", JJ_SC01),
            Map.entry("GET /facilities/{code}/movements", JJ_SC01),
            Map.entry("GET /capacity-alerts", Set.of("admin", "bureau", "plant-ql")),
            // an unconfirmed alert at a facility that is not plant-ql's: the city confirms it
            Map.entry("POST /capacity-alerts/{id}/confirmation", CITY),
            // weighings at JJ-P001
            Map.entry("GET /tonnage-logs", Set.of("admin", "bureau", "officer-jj", "station-jj01")),
            Map.entry("GET /tonnage-logs/{id}", Set.of("admin", "bureau", "officer-jj", "station-jj01")),
            // manifests: a list names the reader's own (an operator of two facilities must name one); one manifest: see below
            Map.entry("GET /kitchen-waste/manifests", Set.of("admin", "bureau", "officer-jj", "hauler01")),
            Map.entry("GET /kitchen-waste/treatments", Set.of("admin", "bureau", "plant-ql")),
            // indicators: the city's for the city, Jinjiang's for Jinjiang
            Map.entry("GET /indicators", CITY), Map.entry("GET /indicators/districts", CITY), Map.entry("GET /indicators/trend", CITY),
            Map.entry("GET /indicators/coverage", JINJIANG), Map.entry("GET /indicators/components/{component}", JINJIANG),
            Map.entry("GET /returns", JINJIANG), Map.entry("GET /returns/{districtCode}/{period}", JINJIANG),
            Map.entry("GET /warnings", JINJIANG), Map.entry("GET /completeness", JINJIANG), Map.entry("GET /exports/{table}", JINJIANG),
            // an unconfirmed warning outside Jinjiang: only the bureau (or that district's officer) confirms it
            Map.entry("POST /warnings/{id}/confirmation", Set.of("bureau")),
            // users
            Map.entry("GET /me", ALL), Map.entry("POST /diagnostics/echo", ALL) /* 404 with the benchmark setting off */, Map.entry("GET /users/{username}/scope", ADMIN), Map.entry("PUT /users/{username}/scope", ADMIN),
            // station weighings
            Map.entry("POST /tonnage-logs", Set.of("admin", "station-jj01")), Map.entry("POST /tonnage-logs/import", Set.of("admin", "station-jj01")),
            Map.entry("POST /tonnage-logs/{id}/corrections", Set.of("admin", "station-jj01")),
            // facilities
            Map.entry("POST /facilities/{code}/receipts", Set.of("admin", "plant-ql")), Map.entry("POST /facilities/{code}/outputs", Set.of("admin", "plant-ql")),
            Map.entry("POST /facilities/{code}/stock", Set.of("admin", "plant-ql")), Map.entry("POST /recyclables/transfers", Set.of("admin", "plant-ql")),
            // kitchen waste
            Map.entry("POST /kitchen-waste/routes", Set.of("admin", "hauler01")), Map.entry("POST /kitchen-waste/runs", Set.of("admin", "hauler01")),
            Map.entry("POST /kitchen-waste/manifests", Set.of("admin", "hauler01")),
            Map.entry("POST /kitchen-waste/manifests/{manifestNo}/delivery", Set.of("admin", "plant-ql")),
            Map.entry("POST /kitchen-waste/manifests/{manifestNo}/diversion", Set.of("admin", "hauler01")),
            Map.entry("POST /kitchen-waste/deliveries", Set.of("admin", "plant-ql")), Map.entry("POST /kitchen-waste/treatments", Set.of("admin", "plant-ql")),
            // refusals at pickup (issue 18 item 6): the hauler's own, as API.md names it (no administrator); read like manifests (a Jinjiang refusal of H01's below)
            Map.entry("POST /kitchen-waste/refusals", Set.of("hauler01")),
            Map.entry("GET /kitchen-waste/refusals", Set.of("admin", "bureau", "officer-jj", "hauler01")),
            Map.entry("GET /kitchen-waste/refusals/{id}", Set.of("admin", "bureau", "officer-jj", "hauler01")),
            // reporting
            Map.entry("GET /indicator-definitions", ALL), Map.entry("POST /indicator-definitions", CITY),
            // carbon factor sets (issue 19): read by all, added by the bureau alone
            Map.entry("GET /carbon-factor-sets", ALL), Map.entry("GET /carbon-factor-sets/{code}", ALL),
            Map.entry("POST /carbon-factor-sets", Set.of("bureau")),
            Map.entry("POST /indicators/read-model/rebuild", CITY), Map.entry("GET /indicators/read-model/rebuild/{id}", CITY),
            Map.entry("POST /returns/{districtCode}/{period}/transitions", Set.of("officer-jj")),
            Map.entry("GET /audit", CITY),
            // bulk imports: record keepers send files; an import is its submitter's (and the city's to read)
            Map.entry("POST /imports", Set.of("admin", "station-jj01", "plant-ql")), Map.entry("GET /imports", ALL),
            Map.entry("GET /imports/record-types", ALL),
            Map.entry("GET /imports/{id}", Set.of("admin", "bureau", "station-jj01")),
            Map.entry("GET /imports/{id}/rejections", Set.of("admin", "bureau", "station-jj01")),
            Map.entry("POST /imports/{id}/stop", Set.of("admin", "station-jj01")),
            Map.entry("POST /imports/{id}/restart", Set.of("admin", "station-jj01")),
            // the plant's incoming manifests (QL-KW01); a point's usual weight (JJ-P001) for the station's second look
            Map.entry("GET /kitchen-waste/manifests/incoming", Set.of("admin", "bureau", "plant-ql")),
            Map.entry("GET /tonnage-logs/usual", Set.of("admin", "bureau", "officer-jj", "station-jj01")),
            // the bureau's wall screen
            Map.entry("GET /wall/today", CITY), Map.entry("GET /wall/flows", CITY), Map.entry("GET /wall/alerts", CITY),
            // webhook subscribers: administrators only
            Map.entry("POST /webhooks", ADMIN), Map.entry("DELETE /webhooks/{id}", ADMIN),
            Map.entry("GET /webhooks/{id}/deliveries", ADMIN), Map.entry("POST /webhooks/{id}/replay", ADMIN),
            // quality of sorting (issue 18): the bureau's rubric and roster, Jinjiang's plan, inspections, rectifications, 达标
            // the writes are the roles API.md names: no administrator writes a rubric, a plan, an inspection or a completion
            Map.entry("POST /inspection-rubrics", Set.of("bureau")), Map.entry("GET /inspection-rubrics", ALL), Map.entry("GET /inspection-rubrics/{code}", ALL),
            Map.entry("PUT /inspectors/{username}", Set.of("bureau")), Map.entry("GET /inspectors", JINJIANG_QUALITY),
            Map.entry("POST /inspection-plans", Set.of("bureau", "officer-jj")), Map.entry("GET /inspection-plans", JINJIANG_QUALITY),
            Map.entry("GET /inspection-plans/{id}", JINJIANG_QUALITY),
            Map.entry("POST /photos", Set.of("officer-jj", "inspector-jj", "hauler01")),
            // the demo's photo belongs to a Jinjiang inspection
            Map.entry("GET /photos/{id}", JINJIANG_QUALITY),
            Map.entry("POST /inspections", Set.of("inspector-jj")), Map.entry("GET /inspections", JINJIANG_QUALITY),
            Map.entry("GET /inspections/{id}", JINJIANG_QUALITY),
            Map.entry("POST /rectifications/{id}/completion", Set.of("officer-jj")),
            Map.entry("GET /rectifications", JINJIANG_QUALITY), Map.entry("GET /rectifications/{id}", JINJIANG_QUALITY),
            Map.entry("GET /communities/standard", JINJIANG_QUALITY), Map.entry("GET /communities/{code}/contamination", JINJIANG_QUALITY),
            // charges and compensation (issue 19): the bureau sets tariffs and rates, which everyone may read; statements,
            // district totals and compensation are read by the bureau, administrators and the district's officer
            Map.entry("POST /tariffs", Set.of("bureau")), Map.entry("GET /tariffs", ALL), Map.entry("GET /tariffs/{code}", ALL),
            Map.entry("POST /compensation-rates", Set.of("bureau")), Map.entry("GET /compensation-rates", ALL),
            Map.entry("GET /charges", JINJIANG), Map.entry("GET /charges/producers", JINJIANG), Map.entry("GET /charges/records", JINJIANG),
            Map.entry("GET /charges/communities", JINJIANG), Map.entry("GET /charges/communities/{communityCode}", JINJIANG),
            Map.entry("GET /charges/communities/{communityCode}/records", JINJIANG),
            Map.entry("GET /charges/districts", JINJIANG), Map.entry("GET /charges/export", JINJIANG),
            Map.entry("GET /charges/versions", JINJIANG), Map.entry("GET /compensation", JINJIANG)));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** Path parameters that name demo records (the document's examples name records of its own story). */
    Map<String, String> values(Api api) {
        Map<String, String> v = new TreeMap<>();
        v.put("districtCode", "510104");
        v.put("/districts/{code}", "510104");
        v.put("/points/{code}", "JJ-P001");
        v.put("/points/{code}/status", "JJ-P001");
        v.put("/haulers/{code}", "H01");
        v.put("/facilities/{code}", "JJ-SC01");
        v.put("username", "station-jj01");
        v.put("component", "I");
        v.put("table", "ranking");
        v.put("period", java.time.YearMonth.now(java.time.ZoneOffset.ofHours(8)).minusMonths(1).toString());
        v.put("/communities/{code}", first(api, "communities?districtCode=510104&size=1", "code"));
        v.put("/vehicles/{code}", first(api, "vehicles?haulerCode=H01&size=1", "code"));
        v.put("/tonnage-logs/{id}", first(api, "tonnage-logs?pointCode=JJ-P001&size=1", "id"));
        v.put("/kitchen-waste/refusals/{id}", first(api, "kitchen-waste/refusals?districtCode=510104&haulerCode=H01&size=1", "id"));
        var emptyImport = api.post("api/v1/imports?recordType=tonnage-logs", "station-jj01", "text/csv",
                "pointCode,category,material,weightKg,weighedAt,clientKey\n", null);
        v.put("/imports/{id}", String.valueOf(emptyImport.json().getJsonNumber("id").longValue()));
        JsonObject manifest = api.get("api/v1/kitchen-waste/manifests?haulerCode=H01&size=1", "bureau").json().getJsonArray("items").getJsonObject(0);
        v.put("manifestNo", manifest.getString("manifestNo"));
        Set<String> readers = new java.util.HashSet<>(Set.of("admin", "bureau", "hauler01"));
        if (Set.of("QL-KW01", "JJ-SC01").contains(manifest.getString("facilityCode", ""))
                || Set.of("QL-KW01", "JJ-SC01").contains(manifest.getString("destinationFacilityCode", ""))) {
            readers.add("plant-ql");
        }
        if ("510104".equals(manifest.getString("sourceDistrictCode", ""))) {
            readers.add("officer-jj");
        }
        may.put("GET /kitchen-waste/manifests/{manifestNo}", readers);
        JsonObject alert = api.get("api/v1/capacity-alerts?confirmed=false&from=" + java.time.LocalDate.now().minusYears(1), "bureau").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> !Set.of("QL-KW01", "JJ-SC01").contains(a.getString("facilityCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has no unconfirmed capacity alert outside plant-ql's facilities"));
        v.put("/capacity-alerts/{id}/confirmation", String.valueOf(alert.getJsonNumber("id").longValue()));
        // a warning outside Jinjiang, made now: a manifest from a 青羊 point whose weighbridge weight differs by 20 %
        JsonObject point = api.get("api/v1/points?districtCode=510105&size=200", "bureau").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getString("status").equals("ACTIVE")
                        && x.getJsonArray("acceptedCategories").toString().contains("KITCHEN")).findFirst().orElseThrow();
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var pickup = api.post("api/v1/kitchen-waste/manifests", "admin", "{\"sourcePointCode\":\"" + point.getString("code")
                + "\",\"haulerCode\":\"H01\",\"vehicleCode\":\"" + v.get("/vehicles/{code}") + "\",\"weightKg\":500,\"pickedUpAt\":\""
                + now.minusMinutes(50) + "\",\"destinationFacilityCode\":\"QL-KW01\"}");
        assertEquals(201, pickup.status(), pickup::toString);
        String no = pickup.json().getString("manifestNo");
        var delivery = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "admin",
                "{\"facilityCode\":\"QL-KW01\",\"weightKg\":400,\"deliveredAt\":\"" + now.minusMinutes(5) + "\"}");
        assertEquals(200, delivery.status(), delivery::toString);
        JsonObject warning = api.get("api/v1/warnings?districtCode=510105&confirmed=false&kind=MANIFEST_DISCREPANCY&size=1000", "bureau").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("recordRef").equals("manifest " + no)).findFirst().orElseThrow();
        v.put("/warnings/{id}/confirmation", String.valueOf(warning.getJsonNumber("id").longValue()));
        v.put("/tonnage-logs/{id}/corrections", v.get("/tonnage-logs/{id}"));
        return v;
    }

    static String first(Api api, String query, String field) {
        JsonValue value = api.get("api/v1/" + query, "bureau").json().getJsonArray("items").getJsonObject(0).get(field);
        return text(value);
    }

    final Map<String, Set<String>> may = new TreeMap<>(MAY);

    @Test
    void everyOperationOfTheDocumentIsClassifiedAndEveryCellHolds() {
        Api api = new Api(url);
        JsonObject doc = api.atServerRoot().get("openapi?format=JSON", null).json();
        Map<String, String> values = values(api);
        List<String> unclassified = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Map<String, String> observed = new TreeMap<>();
        int cells = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            String template = path.getKey().replaceFirst("^/api/v1", "");
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (op.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                String method = op.getKey().toUpperCase();
                String key = method + " " + template;
                JsonObject operation = op.getValue().asJsonObject();
                String target = "api/v1" + concrete(template, operation, values);
                String[] body = body(operation);
                assertEquals(401, send(api, method, target, null, body).status(), key + " without credentials");
                Set<String> may = this.may.get(key);
                StringBuilder row = new StringBuilder();
                for (String user : USERS) {
                    boolean read = method.equals("GET");
                    if (may != null && may.contains(user) && !read) {
                        row.append(user).append("=skip ");
                        continue;
                    }
                    int status = send(api, method, target, user, body).status();
                    row.append(user).append('=').append(status).append(' ');
                    if (may == null) {
                        continue;
                    }
                    cells++;
                    boolean refused = status == 403;
                    if (may.contains(user) == refused || status == 401) {
                        wrong.add(key + " as " + user + ": " + status);
                    }
                }
                observed.put(key, row.toString());
                if (may == null) {
                    unclassified.add(key);
                }
            }
        }
        StringBuilder matrix = new StringBuilder();
        observed.forEach((k, v) -> matrix.append('\n').append(k).append(": ").append(v));
        assertTrue(unclassified.isEmpty(), "operations without a row in the matrix: " + unclassified + matrix);
        assertTrue(wrong.isEmpty(), "cells that do not hold: " + wrong + matrix);
        assertTrue(cells > 200, "cells checked: " + cells);
    }

    /** The path with each parameter replaced by its example, plus the required query parameters. */
    static String concrete(String template, JsonObject operation, Map<String, String> values) {
        String path = template;
        List<String> query = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            for (JsonValue v : operation.getJsonArray("parameters")) {
                JsonObject p = v.asJsonObject();
                String value = p.containsKey("example") ? text(p.get("example")) : null;
                if ("path".equals(p.getString("in"))) {
                    String name = p.getString("name");
                    String chosen = values.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("/") && template.startsWith(e.getKey()) && e.getKey().endsWith("{" + name + "}")
                                    || e.getKey().equals(template))
                            .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                            .orElse(values.getOrDefault(name, value));
                    assertTrue(chosen != null, template + ": no value for {" + name + "}");
                    path = path.replace("{" + name + "}", chosen);
                } else if ("query".equals(p.getString("in")) && value != null && !"page".equals(p.getString("name"))) {
                    query.add(p.getString("name") + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** The media type and the first example of the request body ({@code application/json} and {@code {}} without one). */
    static String[] body(JsonObject operation) {
        String[] none = {"application/json", "{}"};
        if (!operation.containsKey("requestBody") || operation.getJsonObject("requestBody").getJsonObject("content") == null) {
            return none;
        }
        for (var media : operation.getJsonObject("requestBody").getJsonObject("content").entrySet()) {
            JsonObject m = media.getValue().asJsonObject();
            String type = media.getKey().equals("*/*") ? "application/json" : media.getKey();
            if (m.containsKey("examples")) {
                return new String[] {type, text(m.getJsonObject("examples").values().iterator().next().asJsonObject().get("value"))};
            }
            return new String[] {type, "{}"};
        }
        return none;
    }

    static String text(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString();
    }

    static Api.Reply send(Api api, String method, String target, String user, String[] body) {
        return switch (method) {
            case "GET" -> api.get(target, user);
            case "PUT" -> api.put(target, user, body[1]);
            case "DELETE" -> api.delete(target, user);
            default -> api.post(target, user, body[0], body[1], null);
        };
    }
}

package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Generated hostile values (jqwik's generators) at every query parameter and every body property the
 * OpenAPI document names, on the real server: huge, negative and overflowing numbers, numbers of
 * thousands of digits, strings where numbers go, long strings with control characters, impossible and
 * far-away dates, arrays and objects where a value goes. No answer is a 5xx, and nothing is stored
 * (the audit trail, which every change writes to, does not grow).
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputPropertiesIT {
    static final int SAMPLES = 5;
    /**
     * The generators' seed: fixed, so that a failure reproduces (the same values in the same order); another with
     * -Dwastenet.hostile.seed=N (printed at the start, and named in a failure's message).
     */
    static final long SEED = Long.getLong("wastenet.hostile.seed", 20261202L);
    /** How many seeds a run tries (SEED, SEED + 1, …): a value valid by chance under one seed shows up under another. */
    static final int SEEDS = Integer.getInteger("wastenet.hostile.seeds", 3);
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    static final Map<String, String> PATH_VALUES = Map.ofEntries(Map.entry("code", "JJ-P001"), Map.entry("districtCode", "510104"),
            Map.entry("username", "station-jj01"), Map.entry("component", "I"), Map.entry("table", "completeness"),
            Map.entry("period", TODAY.minusMonths(1).toString().substring(0, 7)), Map.entry("manifestNo", "M-NONE-1"),
            Map.entry("id", "1"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** Text that no query parameter takes as valid. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(30).ofMaxLength(5000),
                Arbitraries.longs().map(n -> n + "9"),
                Arbitraries.integers().map(n -> "-" + Math.abs((long) n) + "1"),
                Arbitraries.integers().between(-1_000_000_000, 1_000_000_000).map(e -> "1E" + e),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(50),
                Arbitraries.strings().ofMinLength(300).ofMaxLength(3000).map(s -> "\u0007" + s),
                Arbitraries.of("+999999999-12-31", "-999999999-01-01", "+1000000000-01-01", "2026-02-30", "1999-12-31", "0000-00-00",
                        "2099-01-01", "2147483648", "-2147483649", "NaN", "1e309", "12kg", "' OR '1'='1", "%00", "../../etc/passwd",
                        "2026-13", "2026-Q9", "{}", "[]"));
    }

    /** A JSON value, as text, that no body property takes as valid (numbers of thousands of digits included). */
    static Arbitrary<String> hostileJson() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(40).ofMaxLength(20000).map(d -> "9" + d),
                Arbitraries.integers().between(-1_000_000_000, 1_000_000_000).map(e -> "1E" + e),
                Arbitraries.of("-1", "-0.001", "2147483648", "-9223372036854775809", "1e309", "0.0000001", "100000.0001"));
        return Arbitraries.oneOf(numbers, hostileText().map(t -> Json.createValue(t).toString()),
                Arbitraries.of("[]", "{}", "true", "[[1]]", "{\"a\":1}"));
    }

    /** The next values of the generator, drawn from jqwik's source of randomness on this thread (seeded: {@link #seed}). */
    static <T> List<T> samples(Arbitrary<T> a) {
        return a.sampleStream().limit(SAMPLES).toList();
    }

    /** Seeds jqwik's source of randomness of this thread (what sampleStream draws from), as a property's seed does. */
    static void seed(long seed) {
        try {
            Class.forName("net.jqwik.engine.SourceOfRandomness").getMethod("create", String.class).invoke(null, String.valueOf(seed));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("jqwik's source of randomness cannot be seeded", e);
        }
    }

    /** The newest entry of the audit trail (every change writes one): the same before and after when nothing was stored. */
    private static long newestAuditEntry(Api api) {
        var items = api.get("api/v1/audit?from=" + TODAY.minusDays(2) + "&size=1", "bureau").json().getJsonArray("items");
        return items.isEmpty() ? 0 : items.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String path(String template) {
        String p = template.replaceFirst("^/api/v1/", "");
        for (var e : PATH_VALUES.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        return p.contains("{") ? null : p;
    }

    @Test
    void hostileValuesAtEveryDocumentedParameterAndFieldAnswer4xxAndStoreNothing() {
        Api api = new Api(url);
        JsonObject doc = api.atServerRoot().get("openapi?format=JSON", null).json();
        long before = newestAuditEntry(api);
        List<String> fives = new ArrayList<>();
        int queries = 0;
        int bodies = 0;
        for (long seed = SEED; seed < SEED + SEEDS; seed++) {
            seed(seed);
            System.out.println("HostileInputPropertiesIT: seed " + seed + " (another: -Dwastenet.hostile.seed=N)");
            for (var path : doc.getJsonObject("paths").entrySet()) {
                String target = path(path.getKey());
                if (target == null || target.startsWith("diagnostics")) {
                    continue;
                }
                for (var op : path.getValue().asJsonObject().entrySet()) {
                    if (op.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                        continue;
                    }
                    String method = op.getKey().toUpperCase();
                    JsonObject operation = op.getValue().asJsonObject();
                    List<String> params = new ArrayList<>();
                    Map<String, String> examples = new java.util.LinkedHashMap<>();
                    if (operation.containsKey("parameters")) {
                        for (JsonValue v : operation.getJsonArray("parameters")) {
                            JsonObject p = v.asJsonObject();
                            if ("query".equals(p.getString("in"))) {
                                params.add(p.getString("name"));
                                if (p.containsKey("example")) {
                                    examples.put(p.getString("name"), RoleMatrixIT.text(p.get("example")));
                                }
                            }
                        }
                    }
                    if (method.equals("GET")) {
                        for (String param : params) {
                            for (String value : samples(hostileText())) {
                                StringBuilder q = new StringBuilder();
                                examples.forEach((k, v) -> {
                                    if (!k.equals(param)) {
                                        q.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                                    }
                                });
                                q.append('&').append(param).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                                var reply = api.get(target + "?" + q.substring(1), "bureau");
                                queries++;
                                if (reply.status() >= 500) {
                                    fives.add("seed " + seed + ": GET " + path.getKey() + " " + param + "=" + abbreviated(value) + ": " + reply);
                                }
                            }
                        }
                        continue;
                    }
                    String[] body = RoleMatrixIT.body(operation);
                    if (!body[0].equals("application/json") || !body[1].trim().startsWith("{")) {
                        continue;
                    }
                    JsonObject example = Json.createReader(new StringReader(body[1])).readObject();
                    for (String property : example.keySet()) {
                        for (String value : samples(hostileJson())) {
                            String rest = Json.createObjectBuilder(example).remove(property).build().toString();
                            String hostile = "{" + Json.createValue(property) + ":" + value + (rest.equals("{}") ? "}" : "," + rest.substring(1));
                            var reply = RoleMatrixIT.send(api, method, target, "admin", new String[] {"application/json", hostile});
                            bodies++;
                            if (reply.status() >= 500 || reply.status() < 400) {
                                fives.add("seed " + seed + ": " + method + " " + path.getKey() + " " + property + "=" + abbreviated(value) + ": "
                                        + abbreviated(reply.toString()));
                            }
                        }
                    }
                }
            }
        }
        System.out.println("hostile values sent: " + queries + " queries, " + bodies + " bodies");
        assertTrue(fives.isEmpty(), fives.size() + " answers not refused with a 4xx:\n" + String.join("\n", fives));
        assertTrue(queries > 300 && bodies > 300, "too little covered: " + queries + " queries, " + bodies + " bodies");
        assertEquals(before, newestAuditEntry(api), "something was stored (seeds " + SEED + "…" + (SEED + SEEDS - 1) + ")");
    }

    private static String abbreviated(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…(" + s.length() + ")";
    }
}

package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks (docs/api.md "Events pushed to integrators"), with receivers on loopback in this JVM: every
 * event delivered exactly once to a healthy receiver, signed with the subscriber's secret, in order per
 * record; retried to a failing receiver until it recovers; sent again by a replay with the same eventId.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    static final String SECRET = "it-secret-0123456789abcdef";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** What a receiver got: the raw body and its signature header. */
    record Received(String body, String signature) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** A receiver on loopback that answers 500 to its first {@code failures} requests, then 204. */
    static final class Receiver implements AutoCloseable {
        final List<Received> got = new CopyOnWriteArrayList<>();
        final AtomicInteger requests = new AtomicInteger();
        private final HttpServer server;

        Receiver(int failures) throws Exception {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int n = requests.incrementAndGet();
                if (n <= failures) {
                    exchange.sendResponseHeaders(500, -1);
                } else {
                    got.add(new Received(new String(body, StandardCharsets.UTF_8),
                            exchange.getRequestHeaders().getFirst("X-WasteNet-Signature")));
                    exchange.sendResponseHeaders(204, -1);
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> about(Set<String> recordRefs) {
            return got.stream().filter(r -> recordRefs.contains(ref(r.json()))).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** The record an event is about, as the delivery log names it: tonnage-log/42, manifest/KW-…, warning/7, return/…. */
    static String ref(JsonObject event) {
        JsonObject record = event.getJsonObject("record");
        String name = event.getString("event");
        if (name.startsWith("tonnage-log.")) {
            return "tonnage-log/" + record.getJsonNumber("logId").longValue();
        }
        if (name.startsWith("manifest.")) {
            return "manifest/" + record.getString("manifestNo");
        }
        if (name.equals("return.locked")) {
            return "return/" + record.getString("districtCode") + "/" + record.getString("period");
        }
        if (name.equals("warning.raised")) {
            return "warning/" + record.getJsonNumber("id").longValue();
        }
        if (name.equals("refusal.recorded") || name.equals("refusal-notice.closed")) {
            return "refusal/" + record.getJsonNumber("refusalId").longValue();
        }
        if (name.equals("receipt.recorded")) {
            return "movement/" + record.getJsonNumber("movementId").longValue();
        }
        return name + "/" + record;
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static void await(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            Thread.sleep(200);
        }
    }

    static long subscribe(Api api, String receiverUrl, String... events) {
        var b = Json.createArrayBuilder();
        for (String e : events) {
            b.add(e);
        }
        var reply = api.post("api/v1/webhooks", "admin",
                Json.createObjectBuilder().add("url", receiverUrl).add("events", b).add("secret", SECRET).build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Later suites' records are not sent to a receiver that is gone. */
    static void unsubscribe(Api api, long subscriber) {
        var r = api.delete("api/v1/webhooks/" + subscriber, "admin");
        assertEquals(204, r.status(), r::toString);
        assertEquals(404, api.get("api/v1/webhooks/" + subscriber + "/deliveries", "admin").status());
    }

    private long weigh(Api api, String tag, int n) {
        String at = OffsetDateTime.now(CITY).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        var reply = api.post("api/v1/tonnage-logs", "admin", "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":" + (10 + n)
                + ",\"weighedAt\":\"" + at + "\",\"clientKey\":\"" + tag + "-" + n + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void aHealthyReceiverGetsEveryEventOnceSignedInOrderPerRecordAndAgainOnReplay() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        OffsetDateTime start = OffsetDateTime.now(CITY).minusSeconds(1);
        try (Receiver receiver = new Receiver(0)) {
            long subscriber = subscribe(api, receiver.url(), "tonnage-log.recorded", "tonnage-log.corrected");
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(weigh(api, tag, i));
            }
            var corrected = api.post("api/v1/tonnage-logs/" + ids.get(0) + "/corrections", "admin",
                    "{\"weightKg\":9.5,\"reason\":\"webhook test\",\"basedOnRevision\":1}");
            assertEquals(201, corrected.status(), corrected::toString);
            Set<String> refs = ids.stream().map(id -> "tonnage-log/" + id).collect(Collectors.toSet());

            await(() -> receiver.about(refs).size() >= 4, 60, "4 events delivered");
            Thread.sleep(3000); // nothing more comes
            List<Received> got = receiver.about(refs);
            assertEquals(4, got.size(), got::toString);
            assertEquals(4, got.stream().map(r -> r.json().getString("eventId")).distinct().count(), "each event once");
            for (Received r : got) {
                assertEquals(hmac(SECRET, r.body()), r.signature(), "the signature verifies: " + r.body());
                JsonObject e = r.json();
                assertTrue(e.containsKey("occurredAt") && e.containsKey("record"), r.body());
            }
            List<String> aboutFirst = got.stream().filter(r -> ref(r.json()).equals("tonnage-log/" + ids.get(0)))
                    .map(r -> r.json().getString("event")).toList();
            assertEquals(List.of("tonnage-log.recorded", "tonnage-log.corrected"), aboutFirst, "in order per record");

            var log = api.get("api/v1/webhooks/" + subscriber + "/deliveries", "admin");
            assertEquals(200, log.status(), log::toString);
            var mine = log.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(d -> refs.contains(d.getString("recordRef"))).toList();
            assertEquals(4, mine.size(), log::toString);
            for (JsonObject d : mine) {
                assertEquals("DELIVERED", d.getString("status"), d::toString);
                assertEquals(1, d.getInt("attempts"), d::toString);
                assertEquals(204, d.getInt("lastStatus"), d::toString);
            }

            Set<String> eventIds = got.stream().map(r -> r.json().getString("eventId")).collect(Collectors.toSet());
            var replay = api.post("api/v1/webhooks/" + subscriber + "/replay", "admin", "{\"from\":\"" + start + "\"}");
            assertEquals(202, replay.status(), replay::toString);
            await(() -> receiver.about(refs).size() >= 8, 60, "the replay");
            Set<String> replayed = receiver.about(refs).subList(4, 8).stream().map(r -> r.json().getString("eventId"))
                    .collect(Collectors.toSet());
            assertEquals(eventIds, replayed, "a replay sends the same events with the same eventIds");
            unsubscribe(api, subscriber);
        }
    }

    /**
     * A pickup opens a manifest (manifest.picked-up); its delivery closes it (manifest.delivered) and is the plant's
     * receipt (receipt.recorded); being far off the pickup, it raises a warning (warning.raised): each pushed once.
     */
    @Test
    void aPickupAndTheWarningItsDeliveryRaisesArePushed() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        try (Receiver receiver = new Receiver(0)) {
            long subscriber = subscribe(api, receiver.url(), "manifest.picked-up", "manifest.delivered", "receipt.recorded", "warning.raised");
            String plate = new KitchenWasteIT().newVehicle(api, tag);
            var picked = api.post("api/v1/kitchen-waste/manifests", "hauler01",
                    KitchenWasteIT.pickup("JJ-P001", "H01", plate, "400", KitchenWasteIT.hoursAgo(2), null));
            assertEquals(201, picked.status(), picked::toString);
            String no = picked.json().getString("manifestNo");
            var delivered = api.post("api/v1/kitchen-waste/deliveries", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"weightKg\":523.7,"
                    + "\"deliveredAt\":\"" + KitchenWasteIT.hoursAgo(1) + "\",\"manifestNos\":[\"" + no + "\"]}");
            assertEquals(200, delivered.status(), delivered::toString);

            await(() -> receiver.about(Set.of("manifest/" + no)).size() >= 2, 60, "the pickup and the delivery pushed");
            List<Received> manifest = receiver.about(Set.of("manifest/" + no));
            assertEquals(List.of("manifest.picked-up", "manifest.delivered"), manifest.stream().map(r -> r.json().getString("event")).toList(),
                    "in the order they happened");
            JsonObject pickup = manifest.get(0).json();
            assertEquals(new java.math.BigDecimal("523.7"), manifest.get(1).json().getJsonObject("record").getJsonNumber("deliveredKg")
                    .bigDecimalValue().stripTrailingZeros(), manifest.get(1)::toString);
            assertEquals(plate, pickup.getJsonObject("record").getString("vehicleCode"), pickup::toString);
            assertEquals("QL-KW01", pickup.getJsonObject("record").getString("destinationFacilityCode"), pickup::toString);

            var warning = api.get("api/v1/warnings?districtCode=510104&kind=MANIFEST_DISCREPANCY&size=1000", "bureau").json()
                    .getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(w -> w.getString("recordRef").equals("manifest " + no)).findFirst().orElseThrow();
            String ref = "warning/" + warning.getInt("id");
            await(() -> receiver.about(Set.of(ref)).size() >= 1, 60, "the warning pushed");
            Thread.sleep(2000);
            List<Received> got = receiver.about(Set.of(ref));
            assertEquals(1, got.size(), got::toString);
            assertEquals("warning.raised", got.get(0).json().getString("event"));
            assertEquals("MANIFEST_DISCREPANCY", got.get(0).json().getJsonObject("record").getString("kind"));
            assertEquals(hmac(SECRET, got.get(0).body()), got.get(0).signature());
            List<Received> receipts = receiver.got.stream().filter(r -> r.json().getString("event").equals("receipt.recorded"))
                    .filter(r -> r.json().getJsonObject("record").getString("toFacilityCode").equals("QL-KW01")
                            && r.json().getJsonObject("record").getJsonNumber("weightKg").bigDecimalValue().compareTo(new java.math.BigDecimal("523.7")) == 0)
                    .toList();
            assertEquals(1, receipts.size(), "the plant's receipt of the delivery, once: " + receipts);
            assertEquals(1, receiver.about(Set.of(ref(receipts.get(0).json()))).size());
            assertEquals(1, receiver.about(Set.of("manifest/" + no)).stream().filter(r -> r.json().getString("event").equals("manifest.delivered")).count());
            unsubscribe(api, subscriber);
        }
    }

    /** A hauler's refusal at pickup is pushed (refusal.recorded), and so is its notice closed by the next clean pickup there. */
    @Test
    void aRefusalAndItsNoticeClosedByACleanPickupArePushed() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = "JJ-P001"; // takes kitchen waste; a pickup there closes every open notice, this one among them
        try (Receiver receiver = new Receiver(0)) {
            long subscriber = subscribe(api, receiver.url(), "refusal.recorded", "refusal-notice.closed");
            var refused = api.post("api/v1/kitchen-waste/refusals", "hauler01", "{\"sourcePointCode\":\"" + point
                    + "\",\"haulerCode\":\"H01\",\"refusedAt\":\"" + KitchenWasteIT.hoursAgo(2) + "\",\"reason\":\"混有大件塑料\","
                    + "\"photoIds\":[],\"clientKey\":\"" + tag + "-refusal\"}");
            assertEquals(201, refused.status(), refused::toString);
            long id = refused.json().getJsonNumber("id").longValue();
            String ref = "refusal/" + id;
            await(() -> receiver.about(Set.of(ref)).size() >= 1, 60, "the refusal pushed");
            JsonObject event = receiver.about(Set.of(ref)).get(0).json();
            assertEquals("refusal.recorded", event.getString("event"));
            assertEquals(point, event.getJsonObject("record").getString("pointCode"));
            assertEquals("510104", event.getJsonObject("record").getString("districtCode"));
            assertEquals(refused.json().getString("dueDate"), event.getJsonObject("record").getString("dueDate"));
            assertEquals(hmac(SECRET, receiver.about(Set.of(ref)).get(0).body()), receiver.about(Set.of(ref)).get(0).signature());

            String plate = new KitchenWasteIT().newVehicle(api, tag);
            var picked = api.post("api/v1/kitchen-waste/manifests", "hauler01",
                    KitchenWasteIT.pickup(point, "H01", plate, "150", KitchenWasteIT.hoursAgo(1), null));
            assertEquals(201, picked.status(), picked::toString);
            String no = picked.json().getString("manifestNo");
            await(() -> receiver.about(Set.of(ref)).size() >= 2, 60, "the notice's closing pushed");
            Thread.sleep(2000);
            List<Received> got = receiver.about(Set.of(ref));
            assertEquals(List.of("refusal.recorded", "refusal-notice.closed"), got.stream().map(r -> r.json().getString("event")).toList(),
                    "each once, in order");
            JsonObject closed = got.get(1).json().getJsonObject("record");
            assertEquals(no, closed.getString("closedByManifestNo"));
            assertEquals("hauler01", closed.getString("closedBy"));
            unsubscribe(api, subscriber);
        }
    }

    @Test
    void aFailingReceiverIsRetriedUntilItRecovers() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        try (Receiver receiver = new Receiver(2)) {
            long subscriber = subscribe(api, receiver.url(), "tonnage-log.recorded");
            long id = weigh(api, tag, 1);
            Set<String> refs = Set.of("tonnage-log/" + id);
            await(() -> receiver.about(refs).size() == 1, 60, "delivered after two failures");
            assertTrue(receiver.requests.get() >= 3, "tried " + receiver.requests.get() + " times");
            assertEquals(hmac(SECRET, receiver.about(refs).get(0).body()), receiver.about(refs).get(0).signature());
            var log = api.get("api/v1/webhooks/" + subscriber + "/deliveries", "admin").json();
            var delivery = log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(d -> d.getString("recordRef").equals("tonnage-log/" + id)).findFirst().orElseThrow();
            assertEquals("DELIVERED", delivery.getString("status"), delivery::toString);
            assertEquals(3, delivery.getInt("attempts"), delivery::toString);
            unsubscribe(api, subscriber);
        }
    }

    @Test
    void onlyAnAdministratorSubscribesAndASubscriptionIsChecked() {
        Api api = new Api(url);
        assertEquals(403, api.post("api/v1/webhooks", "bureau",
                "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"tonnage-log.recorded\"],\"secret\":\"" + SECRET + "\"}").status());
        var bad = api.post("api/v1/webhooks", "admin", "{\"url\":\"ftp://x\",\"events\":[\"no.such-event\"],\"secret\":\"short\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(Set.of("url", "events", "secret"), Set.copyOf(bad.errorFields()));
        assertEquals(404, api.get("api/v1/webhooks/999999/deliveries", "admin").status());
    }
}

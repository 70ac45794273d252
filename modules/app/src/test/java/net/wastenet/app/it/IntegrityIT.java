package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scope and integrity: routes are read only by those they concern; a manifest goes to the plant it names
 * unless its hauler diverts it (audited); concurrent treatments cannot take the same stock twice; every
 * state change is audited with its before and after, the confirmations a capacity alert makes and the
 * read-model rebuild included.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrityIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static String minutesAgo(int m) {
        return OffsetDateTime.now(CITY).minusMinutes(m).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String pickup(String point, String plate, int kg, String at, String destination) {
        return "{\"sourcePointCode\":\"" + point + "\",\"haulerCode\":\"H01\",\"vehicleCode\":\"" + plate + "\",\"weightKg\":" + kg
                + ",\"pickedUpAt\":\"" + at + "\"" + (destination == null ? "" : ",\"destinationFacilityCode\":\"" + destination + "\"") + "}";
    }

    String vehicle(Api api, String tag) {
        assertEquals(201, api.post("api/v1/vehicles", "admin", "{\"code\":\"" + tag + "-V\",\"haulerCode\":\"H01\",\"capacityKg\":8000}").status());
        return tag + "-V";
    }

    String kitchenPointOf(Api api, String district) {
        return api.get("api/v1/points?districtCode=" + district + "&size=200", "bureau").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getString("status").equals("ACTIVE")
                        && x.getJsonArray("acceptedCategories").toString().contains("KITCHEN")).findFirst().orElseThrow().getString("code");
    }

    static List<String> codes(Api.Reply routes) {
        return routes.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void routesAreReadByTheirHaulerTheOfficersOfTheDistrictsTheyStopInAndTheCity() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String qingyang = kitchenPointOf(api, "510105");
        assertEquals(201, api.post("api/v1/kitchen-waste/routes", "hauler01", "{\"code\":\"" + tag + "-JJ\",\"name\":\"锦江\",\"haulerCode\":\"H01\","
                + "\"stops\":[{\"pointCode\":\"JJ-P001\"}],\"destinationFacilityCode\":\"QL-KW01\"}").status());
        assertEquals(201, api.post("api/v1/kitchen-waste/routes", "hauler01", "{\"code\":\"" + tag + "-QY\",\"name\":\"青羊\",\"haulerCode\":\"H01\","
                + "\"stops\":[{\"pointCode\":\"" + qingyang + "\"}]}").status());

        var city = codes(api.get("api/v1/kitchen-waste/routes", "bureau"));
        assertTrue(city.contains(tag + "-JJ") && city.contains(tag + "-QY"));
        var officer = api.get("api/v1/kitchen-waste/routes", "officer-jj");
        assertEquals(200, officer.status(), officer::toString);
        assertTrue(codes(officer).contains(tag + "-JJ"));
        assertFalse(codes(officer).contains(tag + "-QY"), "a route that does not stop in 锦江区 is not its officer's");
        var hauler = api.get("api/v1/kitchen-waste/routes", "hauler01").json().getJsonArray("items");
        assertTrue(hauler.stream().allMatch(v -> v.asJsonObject().getString("haulerCode").equals("H01")), hauler::toString);
        assertEquals("QL-KW01", hauler.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("code").equals(tag + "-JJ"))
                .findFirst().orElseThrow().getString("destinationFacilityCode"));
        var otherHauler = api.get("api/v1/kitchen-waste/routes?haulerCode=H02", "hauler01");
        assertEquals(403, otherHauler.status(), otherHauler::toString);
        assertEquals(403, api.get("api/v1/kitchen-waste/routes", "station-jj01").status());
        assertEquals(403, api.get("api/v1/kitchen-waste/routes", "plant-ql").status());
    }

    @Test
    void aManifestGoesOnlyToThePlantItNamesUnlessItsHaulerDivertsItWithAReason() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = vehicle(api, tag);
        String lonely = tag + "-P";
        assertEquals(201, api.post("api/v1/points", "admin", "{\"code\":\"" + lonely + "\",\"name\":\"无路线投放点\",\"kind\":\"SORTING_POINT\","
                + "\"districtCode\":\"510104\",\"latitude\":30.6,\"longitude\":104.1,\"acceptedCategories\":[\"KITCHEN\"],"
                + "\"servedCommunities\":[],\"activeFrom\":\"" + LocalDate.now(CITY).minusDays(7) + "\"}").status());
        var nowhere = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup(lonely, plate, 300, minutesAgo(60), null));
        assertEquals(400, nowhere.status(), nowhere::toString);
        assertEquals(List.of("destinationFacilityCode"), nowhere.errorFields(), "no route of the hauler visits the point");
        var toIncinerator = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup(lonely, plate, 300, minutesAgo(60), "WX-INC01"));
        assertEquals(400, toIncinerator.status(), toIncinerator::toString);

        assertEquals(201, api.post("api/v1/kitchen-waste/routes", "hauler01", "{\"code\":\"" + tag + "-R\",\"name\":\"线\",\"haulerCode\":\"H01\","
                + "\"stops\":[{\"pointCode\":\"JJ-P001\"}],\"destinationFacilityCode\":\"QL-KW01\"}").status());
        var run = api.post("api/v1/kitchen-waste/runs", "hauler01", "{\"routeCode\":\"" + tag + "-R\",\"vehicleCode\":\"" + plate
                + "\",\"date\":\"" + minutesAgo(60).substring(0, 10) + "\"}");
        assertEquals(201, run.status(), run::toString);
        var onRun = api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"sourcePointCode\":\"JJ-P001\",\"haulerCode\":\"H01\",\"vehicleCode\":\""
                + plate + "\",\"weightKg\":400,\"pickedUpAt\":\"" + minutesAgo(60) + "\",\"runId\":" + run.json().getJsonNumber("id") + "}");
        assertEquals(201, onRun.status(), onRun::toString);
        assertEquals("QL-KW01", onRun.json().getString("destinationFacilityCode"), "from the run's route");
        String no = onRun.json().getString("manifestNo");

        var elsewhere = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "admin",
                "{\"facilityCode\":\"JY-KW02\",\"weightKg\":400,\"deliveredAt\":\"" + minutesAgo(10) + "\"}");
        assertEquals(403, elsewhere.status(), elsewhere::toString);
        assertEquals(List.of("manifestNo"), elsewhere.errorFields());
        assertEquals(403, api.post("api/v1/kitchen-waste/manifests/" + no + "/diversion", "plant-ql",
                "{\"toFacilityCode\":\"JY-KW02\",\"reason\":\"x\"}").status(), "a plant does not divert loads");
        assertEquals(400, api.post("api/v1/kitchen-waste/manifests/" + no + "/diversion", "hauler01",
                "{\"toFacilityCode\":\"JY-KW02\"}").status(), "a diversion says why");

        var diverted = api.post("api/v1/kitchen-waste/manifests/" + no + "/diversion", "hauler01",
                "{\"toFacilityCode\":\"JY-KW02\",\"reason\":\"邛崃厂检修\"}");
        assertEquals(200, diverted.status(), diverted::toString);
        assertEquals("JY-KW02", diverted.json().getString("destinationFacilityCode"));
        assertEquals("邛崃厂检修", diverted.json().getString("diversionReason"));
        assertEquals(403, api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                "{\"facilityCode\":\"QL-KW01\",\"weightKg\":400,\"deliveredAt\":\"" + minutesAgo(10) + "\"}").status(),
                "the plant it first named no longer takes it");
        var delivered = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "admin",
                "{\"facilityCode\":\"JY-KW02\",\"weightKg\":400,\"deliveredAt\":\"" + minutesAgo(10) + "\"}");
        assertEquals(200, delivered.status(), delivered::toString);

        var trail = api.get("api/v1/audit?recordType=manifest&recordRef=" + no, "bureau").json().getJsonArray("items");
        JsonObject delivery = trail.getJsonObject(0);
        JsonObject diversion = trail.getJsonObject(1);
        assertEquals("DELIVER", delivery.getString("action"));
        assertEquals("PICKED_UP", delivery.getJsonObject("before").getString("status"), "a delivery's entry has its before");
        assertEquals("DELIVERED", delivery.getJsonObject("after").getString("status"));
        assertEquals("DIVERT", diversion.getString("action"));
        assertEquals("hauler01", diversion.getString("actor"));
        assertEquals("邛崃厂检修", diversion.getString("reason"));
        assertEquals("QL-KW01", diversion.getJsonObject("before").getString("destinationFacilityCode"));
        assertEquals("JY-KW02", diversion.getJsonObject("after").getString("destinationFacilityCode"));
    }

    @Test
    void treatmentsSentAtOnceCannotTakeTheSameUntreatedStockTwice() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plant = tag + "-KW";
        var registered = api.post("api/v1/facilities", "admin", "{\"code\":\"" + plant + "\",\"name\":\"并发测试餐厨厂\",\"kind\":\"KITCHEN_WASTE_PLANT\","
                + "\"districtCode\":\"510104\",\"designCapacityTonnesPerDay\":100,\"activeFrom\":\"" + LocalDate.now(CITY).minusDays(7) + "\"}");
        assertEquals(201, registered.status(), registered::toString);
        String plate = vehicle(api, tag);
        var m = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P001", plate, 1000, minutesAgo(90), plant));
        assertEquals(201, m.status(), m::toString);
        assertEquals(200, api.post("api/v1/kitchen-waste/manifests/" + m.json().getString("manifestNo") + "/delivery", "admin",
                "{\"facilityCode\":\"" + plant + "\",\"weightKg\":1000,\"deliveredAt\":\"" + minutesAgo(30) + "\"}").status());

        int senders = 6;
        String day = minutesAgo(30).substring(0, 10);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            String body = "{\"facilityCode\":\"" + plant + "\",\"date\":\"" + day + "\",\"inputKg\":700,\"impuritiesKg\":50,"
                    + "\"clientKey\":\"" + tag + "-t" + i + "\"}";
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return api.post("api/v1/kitchen-waste/treatments", "admin", body);
            }, pool));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var r : replies) {
            statuses.add(r.get().status());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one treatment of 700 kg out of 1000 kg received: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400), statuses::toString);
        var stored = api.get("api/v1/kitchen-waste/treatments?facilityCode=" + plant + "&from=" + day + "&to=" + day, "admin").json();
        assertEquals(1, stored.getInt("total"), stored::toString);
    }

    @Test
    void confirmingACapacityAlertAuditsTheWarningItConfirmsToo() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plant = tag + "-INC";
        String day = LocalDate.now(CITY).minusDays(1).toString();
        assertEquals(201, api.post("api/v1/facilities", "admin", "{\"code\":\"" + plant + "\",\"name\":\"小焚烧厂\",\"kind\":\"INCINERATION_PLANT\","
                + "\"districtCode\":\"510104\",\"designCapacityTonnesPerDay\":1,\"activeFrom\":\"" + LocalDate.now(CITY).minusDays(7) + "\"}").status());
        var receipt = api.post("api/v1/facilities/" + plant + "/receipts", "admin", "{\"date\":\"" + day + "\",\"category\":\"RESIDUAL\","
                + "\"sourceDistrictCode\":\"510104\",\"weightKg\":1500}");
        assertEquals(201, receipt.status(), receipt::toString);
        var alerts = api.get("api/v1/capacity-alerts?facilityCode=" + plant + "&confirmed=false&from=" + day + "&to=" + day, "bureau");
        assertEquals(200, alerts.status(), alerts::toString);
        String alertId = String.valueOf(alerts.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        var warnings = api.get("api/v1/warnings?districtCode=510104&kind=FACILITY_OVER_CAPACITY&confirmed=false&from=" + day + "&to=" + day
                + "&size=1000", "bureau");
        assertEquals(200, warnings.status(), warnings::toString);
        JsonObject warning = warnings.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("recordRef").equals("capacity-alert " + alertId)).findFirst().orElseThrow();
        var confirmed = api.post("api/v1/capacity-alerts/" + alertId + "/confirmation", "bureau", "{\"comment\":\"临时加开一条线\"}");
        assertEquals(200, confirmed.status(), confirmed::toString);

        var trail = api.get("api/v1/audit?recordType=warning&recordRef=" + warning.getJsonNumber("id"), "bureau").json();
        assertEquals(1, trail.getInt("total"), trail::toString);
        JsonObject entry = trail.getJsonArray("items").getJsonObject(0);
        assertEquals("CONFIRM", entry.getString("action"));
        assertEquals("bureau", entry.getString("actor"));
        assertEquals("临时加开一条线", entry.getString("reason"));
        assertFalse(entry.getJsonObject("before").getBoolean("confirmed"));
        assertTrue(entry.getJsonObject("after").getBoolean("confirmed"));
    }

    @Test
    void aReadModelRebuildIsAuditedWhenAskedForAndWhenItEnds() throws Exception {
        Api api = new Api(url);
        var started = api.post("api/v1/indicators/read-model/rebuild", "bureau", "");
        assertTrue(started.status() == 202 || started.status() == 201 || started.status() == 200, started::toString);
        long id = started.json().getJsonNumber("id").longValue();
        String status = started.json().getString("status");
        for (int i = 0; i < 600 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = api.get("api/v1/indicators/read-model/rebuild/" + id, "bureau").json().getString("status");
        }
        assertEquals("COMPLETED", status);
        var trail = api.get("api/v1/audit?recordType=read-model-rebuild&recordRef=" + id, "bureau").json();
        assertEquals(2, trail.getInt("total"), trail::toString);
        JsonObject end = trail.getJsonArray("items").getJsonObject(0);
        JsonObject asked = trail.getJsonArray("items").getJsonObject(1);
        assertEquals("CREATE", asked.getString("action"));
        assertEquals("bureau", asked.getString("actor"));
        assertTrue(asked.isNull("before"));
        assertEquals("COMPLETE", end.getString("action"));
        assertFalse(end.getJsonObject("before").getString("status").equals("COMPLETED"));
        assertEquals("COMPLETED", end.getJsonObject("after").getString("status"));
    }
}

package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kitchen-waste chain through the API alone: pickups at demo points on a run, a delivery to
 * 邛崃餐厨废弃物处置厂 on one weighbridge weight, the discrepancy and the plant's receipts, treatment
 * with residues to incineration, overdue manifests; refusals name their field and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
class KitchenWasteIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static String hoursAgo(int h) {
        return OffsetDateTime.now(CITY).minusHours(h).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String pickup(String point, String hauler, String vehicle, String kg, String at, Long run) {
        var b = Json.createObjectBuilder().add("sourcePointCode", point).add("haulerCode", hauler).add("vehicleCode", vehicle)
                .add("weightKg", new BigDecimal(kg)).add("pickedUpAt", at);
        if (run != null) {
            b.add("runId", run);
        } else {
            b.add("destinationFacilityCode", "QL-KW01");
        }
        return b.build().toString();
    }

    /** A fresh H01 vehicle of 2 t and a route over JJ-P001 and JJ-P002, so that the demo's loads do not interfere. */
    String newVehicle(Api api, String tag) {
        String plate = tag + "-V";
        assertEquals(201, api.post("api/v1/vehicles", "admin",
                "{\"code\":\"" + plate + "\",\"haulerCode\":\"H01\",\"capacityKg\":2000}").status());
        return plate;
    }

    @Test
    void kitchenWasteGoesFromPointsToTheQionglaiPlantAndIsTreated() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = newVehicle(api, tag);
        var route = api.post("api/v1/kitchen-waste/routes", "hauler01", "{\"code\":\"" + tag + "-R\",\"name\":\"测试线\","
                + "\"haulerCode\":\"H01\",\"stops\":[{\"pointCode\":\"JJ-P001\"},{\"pointCode\":\"JJ-P002\"}],\"destinationFacilityCode\":\"QL-KW01\"}");
        assertEquals(201, route.status(), route::toString);
        String today = OffsetDateTime.now(CITY).toLocalDate().toString();
        String runAt = OffsetDateTime.now(CITY).minusMinutes(90).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String runDay = runAt.substring(0, 10);
        var run = api.post("api/v1/kitchen-waste/runs", "hauler01",
                "{\"routeCode\":\"" + tag + "-R\",\"vehicleCode\":\"" + plate + "\",\"date\":\"" + runDay + "\"}");
        assertEquals(201, run.status(), run::toString);
        long runId = run.json().getJsonNumber("id").longValue();

        var first = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P001", "H01", plate, "600", runAt, runId));
        assertEquals(201, first.status(), first::toString);
        assertEquals("PICKED_UP", first.json().getString("status"));
        assertEquals("hauler01", first.json().getString("signedBy"));
        var second = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P002", "H01", plate, "500", runAt, runId));
        assertEquals(201, second.status());
        var overloaded = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P002", "H01", plate, "1000", runAt, null));
        assertEquals(400, overloaded.status(), "1,100 kg on board of a 2,000 kg vehicle");
        assertEquals("weightKg", overloaded.errorFields().get(0));

        String no1 = first.json().getString("manifestNo");
        String no2 = second.json().getString("manifestNo");
        var delivered = api.post("api/v1/kitchen-waste/deliveries", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"weightKg\":1160,"
                + "\"deliveredAt\":\"" + hoursAgo(0) + "\",\"manifestNos\":[\"" + no1 + "\",\"" + no2 + "\"]}");
        assertEquals(200, delivered.status(), delivered::toString);
        JsonObject m1 = delivered.json().getJsonArray("items").getJsonObject(0);
        assertEquals("DELIVERED", m1.getString("status"));
        assertEquals(0, new BigDecimal("60").compareTo(m1.getJsonNumber("discrepancyKg").bigDecimalValue()));
        assertTrue(m1.getBoolean("discrepancyFlag"), "60 kg on 1,100 kg is over 5 %");
        assertEquals(0, new BigDecimal("632.727").compareTo(m1.getJsonNumber("deliveredKg").bigDecimalValue()), "its share of 1,160");
        assertEquals("plant-ql", m1.getString("confirmedBy"));

        var receipts = api.get("api/v1/facilities/QL-KW01/movements?from=" + today + "&to=" + today + "&size=1000", "plant-ql").json();
        assertTrue(receipts.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(r -> no1.equals(r.getString("reference", null)) && r.getString("sourceDistrictCode").equals("510104")
                        && r.getString("sourceKind").equals("POINT")), "the delivery is a receipt at the plant, from 锦江区");

        var again = api.post("api/v1/kitchen-waste/manifests/" + no1 + "/delivery", "plant-ql",
                "{\"facilityCode\":\"QL-KW01\",\"weightKg\":600,\"deliveredAt\":\"" + hoursAgo(0) + "\"}");
        assertEquals(409, again.status());

        var treated = api.post("api/v1/kitchen-waste/treatments", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"date\":\"" + today
                + "\",\"inputKg\":1000,\"impuritiesKg\":100,\"biogasNm3\":80,\"crudeOilKg\":30,\"digestateKg\":200,"
                + "\"residues\":[{\"toFacilityCode\":\"WX-INC01\",\"weightKg\":100}],\"clientKey\":\"" + tag + "-t\"}");
        assertEquals(201, treated.status(), treated::toString);
        assertEquals(0, new BigDecimal("900").compareTo(treated.json().getJsonNumber("treatedKg").bigDecimalValue()));
        long residueReceipt = treated.json().getJsonArray("residues").getJsonObject(0).getJsonNumber("receiptId").longValue();
        var incinerator = api.get("api/v1/facilities/WX-INC01/movements?from=" + today + "&to=" + today + "&size=1000", "bureau").json();
        assertTrue(incinerator.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(r -> r.getJsonNumber("id").longValue() == residueReceipt && r.getBoolean("residue")
                        && "QL-KW01".equals(r.getString("fromFacilityCode"))));
        var tooMuch = api.post("api/v1/kitchen-waste/treatments", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"date\":\"" + today
                + "\",\"inputKg\":9000000,\"impuritiesKg\":100}");
        assertEquals(400, tooMuch.status());
        assertEquals("inputKg", tooMuch.errorFields().get(0));
    }

    @Test
    void badPickupsAndDeliveriesAreRefusedNamingTheirField() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = newVehicle(api, tag);
        String at = hoursAgo(2);
        assertEquals(400, api.post("api/v1/kitchen-waste/manifests", "admin", pickup("JJ-R01", "H01", plate, "10", at, null))
                .errorFields().contains("sourcePointCode") ? 400 : 0, "a recycling outlet takes no kitchen waste");
        var otherHauler = api.post("api/v1/kitchen-waste/manifests", "admin", pickup("JJ-P001", "H02", plate, "10", at, null));
        assertEquals(400, otherHauler.status());
        assertEquals("vehicleCode", otherHauler.errorFields().get(0));
        assertEquals(403, api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P001", "H02", plate, "10", at, null)).status());
        assertEquals(404, api.post("api/v1/kitchen-waste/manifests", "admin", pickup(tag + "-NOP", "H01", plate, "10", at, null)).status());
        assertEquals(400, api.post("api/v1/kitchen-waste/manifests", "admin", pickup("JJ-P001", "H01", plate, "-1", at, null)).status());

        var m = api.post("api/v1/kitchen-waste/manifests", "admin", pickup("JJ-P001", "H01", plate, "100", at, null));
        assertEquals(201, m.status());
        String no = m.json().getString("manifestNo");
        var toIncinerator = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "admin",
                "{\"facilityCode\":\"WX-INC01\",\"weightKg\":100,\"deliveredAt\":\"" + hoursAgo(1) + "\"}");
        assertEquals(400, toIncinerator.status());
        assertEquals("facilityCode", toIncinerator.errorFields().get(0));
        var beforePickup = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "admin",
                "{\"facilityCode\":\"QL-KW01\",\"weightKg\":100,\"deliveredAt\":\"" + hoursAgo(3) + "\"}");
        assertEquals(400, beforePickup.status());
        assertEquals("deliveredAt", beforePickup.errorFields().get(0));
        assertEquals(403, api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                "{\"facilityCode\":\"JY-KW02\",\"weightKg\":100,\"deliveredAt\":\"" + hoursAgo(1) + "\"}").status());
        assertEquals("PICKED_UP", api.get("api/v1/kitchen-waste/manifests/" + no, "admin").json().getString("status"));
    }

    @Test
    void aRetriedPickupIsStoredOnceAndAnOldOpenManifestIsOverdue() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = newVehicle(api, tag);
        String body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(
                pickup("JJ-P002", "H01", plate, "300", hoursAgo(30), null))).readObject()).add("clientKey", tag + "-k").build().toString();
        var first = api.post("api/v1/kitchen-waste/manifests", "hauler01", body);
        var retry = api.post("api/v1/kitchen-waste/manifests", "hauler01", body);
        assertEquals(201, first.status());
        assertEquals(200, retry.status());
        assertEquals(first.json().getString("manifestNo"), retry.json().getString("manifestNo"));
        assertTrue(first.json().getBoolean("overdue"), "open for 30 hours");
        var overdue = api.get("api/v1/kitchen-waste/manifests?overdue=true&haulerCode=H01&size=1000", "hauler01").json();
        assertTrue(overdue.getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("manifestNo").equals(first.json().getString("manifestNo"))));
        assertFalse(overdue.getJsonArray("items").stream().anyMatch(v -> !v.asJsonObject().getBoolean("overdue")));
        assertEquals(403, api.get("api/v1/kitchen-waste/manifests?haulerCode=H02", "hauler01").status());
    }

    @Test
    void theDemoShowsMonthsOfManifestsAndTreatment() {
        Api api = new Api(url);
        var delivered = api.get("api/v1/kitchen-waste/manifests?status=DELIVERED&facilityCode=QL-KW01&size=1", "bureau").json();
        assertTrue(delivered.getInt("total") > 1000, delivered::toString);
        String from = OffsetDateTime.now(CITY).toLocalDate().minusDays(30).toString();
        var treatments = api.get("api/v1/kitchen-waste/treatments?facilityCode=QL-KW01&from=" + from, "plant-ql").json();
        assertTrue(treatments.getInt("total") >= 28, treatments::toString);
        assertEquals(4, api.get("api/v1/haulers", "bureau").json().getInt("total"));
    }

    @Test
    void aPlantSeesTheManifestsComingToItOldestFirstAndOnlyItsOwn() {
        Api api = new Api(url);
        String plate = newVehicle(api, Deployments.uniqueTag());
        var older = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P001", "H01", plate, "40", hoursAgo(30), null));
        var newer = api.post("api/v1/kitchen-waste/manifests", "hauler01", pickup("JJ-P002", "H01", plate, "50", hoursAgo(1), null));
        assertEquals(201, older.status(), older::toString);
        assertEquals(201, newer.status(), newer::toString);
        String o = older.json().getString("manifestNo");
        String n = newer.json().getString("manifestNo");

        var page = api.get("api/v1/kitchen-waste/manifests/incoming?facilityCode=QL-KW01&size=1000", "plant-ql");
        assertEquals(200, page.status(), page::toString);
        assertEquals("no-store", page.header("Cache-Control"), "API answers are not kept by the browser");
        List<String> nos = page.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("manifestNo")).toList();
        assertTrue(nos.contains(o) && nos.contains(n), nos::toString);
        assertTrue(nos.indexOf(o) < nos.indexOf(n), "the older (overdue) one first: " + nos);
        var first = page.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(m -> m.getString("manifestNo").equals(o)).findFirst().orElseThrow();
        assertTrue(first.getBoolean("overdue"), first::toString);
        assertTrue(page.json().getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getString("status").equals("PICKED_UP")));

        assertEquals(403, api.get("api/v1/kitchen-waste/manifests/incoming?facilityCode=QL-KW01", "hauler01").status());
        var missing = api.get("api/v1/kitchen-waste/manifests/incoming", "plant-ql");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals(List.of("facilityCode"), missing.errorFields());

        // once delivered, it is no longer coming
        assertEquals(200, api.post("api/v1/kitchen-waste/deliveries", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"weightKg\":90,\"deliveredAt\":\""
                + hoursAgo(0) + "\",\"manifestNos\":[\"" + o + "\",\"" + n + "\"]}").status());
        List<String> after = api.get("api/v1/kitchen-waste/manifests/incoming?facilityCode=QL-KW01&size=1000", "plant-ql").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("manifestNo")).toList();
        assertFalse(after.contains(o) || after.contains(n), after::toString);
    }
}

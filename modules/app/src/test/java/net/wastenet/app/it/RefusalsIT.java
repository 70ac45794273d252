package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Waste refused for contamination (issue 18 item 6) through the API alone: a hauler's refusal at pickup opens a notice
 * that the next clean pickup at the point closes; a plant's partial rejection moves exactly the rejected kilograms from
 * the kitchen-waste plant's intake to incineration (I); rejections that break a rule name their field and store nothing;
 * a hauler refuses only for itself; the community's quality record counts both.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalsIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    /** ContractFilter's example of a refusal: the kitchen-waste demo's first. */
    static final long DEMO_FIRST_REFUSAL = 1;
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static OffsetDateTime minutesAgo(int m) {
        return OffsetDateTime.now(CITY).minusMinutes(m).truncatedTo(ChronoUnit.SECONDS);
    }

    static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String refusal(String point, String hauler, OffsetDateTime at, String photos, String clientKey) {
        return "{\"sourcePointCode\":\"" + point + "\",\"haulerCode\":\"" + hauler + "\",\"refusedAt\":\"" + iso(at)
                + "\",\"reason\":\"厨余桶内混有塑料袋\",\"photoIds\":" + photos + (clientKey == null ? "" : ",\"clientKey\":\"" + clientKey + "\"") + "}";
    }

    /** A fresh H01 vehicle, so that the demo's loads do not fill it. */
    static String newVehicle(Api api, String tag) {
        assertEquals(201, api.post("api/v1/vehicles", "admin", "{\"code\":\"" + tag + "-V\",\"haulerCode\":\"H01\",\"capacityKg\":5000}").status());
        return tag + "-V";
    }

    static String pickUp(Api api, String point, String plate, String kg, OffsetDateTime at) {
        var m = api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"sourcePointCode\":\"" + point + "\",\"haulerCode\":\"H01\","
                + "\"vehicleCode\":\"" + plate + "\",\"weightKg\":" + kg + ",\"pickedUpAt\":\"" + iso(at) + "\",\"destinationFacilityCode\":\"QL-KW01\"}");
        assertEquals(201, m.status(), m::toString);
        return m.json().getString("manifestNo");
    }

    /**
     * A new point in Jinjiang that takes kitchen waste, serving a new community ({@code tag}-P, {@code tag}-C): no refusal
     * of another test or of the demo counts towards its repeats.
     */
    static String newServedPoint(Api api, String tag) {
        String activeFrom = OffsetDateTime.now(CITY).toLocalDate().minusYears(1).toString();
        assertEquals(201, api.post("api/v1/communities", "admin", "{\"code\":\"" + tag + "-C\",\"name\":\"测试小区\",\"districtCode\":\"510104\","
                + "\"households\":500,\"residents\":1200,\"activeFrom\":\"" + activeFrom + "\"}").status());
        var point = api.post("api/v1/points", "admin", "{\"code\":\"" + tag + "-P\",\"name\":\"测试投放点\",\"kind\":\"SORTING_POINT\","
                + "\"districtCode\":\"510104\",\"latitude\":30.65,\"longitude\":104.08,\"acceptedCategories\":[\"RECYCLABLE\",\"HAZARDOUS\","
                + "\"KITCHEN\",\"RESIDUAL\"],\"servedCommunities\":[\"" + tag + "-C\"],\"activeFrom\":\"" + activeFrom + "\"}");
        assertEquals(201, point.status(), point::toString);
        return tag + "-P";
    }

    static int total(Api api, String query, String user) {
        var r = api.get("api/v1/" + query, user);
        assertEquals(200, r.status(), r::toString);
        return r.json().getInt("total");
    }

    @Test
    void aRefusalOpensANoticeThatTheNextCleanPickupAtThePointCloses() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        // a point of its own: the demo's and other tests' refusals at JJ-P001 within 30 days would make the first one a repeat
        String point = newServedPoint(api, tag);
        var photo = api.postBytes("api/v1/photos", "hauler01", "image/png", PNG);
        assertTrue(photo.status() == 201 || photo.status() == 200, photo::toString);
        long photoId = photo.json().getJsonNumber("id").longValue();
        // a pickup now closes what the demo or an earlier test left open here, so this test starts from no open notice
        String plate = newVehicle(api, tag);
        pickUp(api, point, plate, "100", minutesAgo(90));
        assertEquals(0, total(api, "kitchen-waste/refusals?pointCode=" + point + "&status=OPEN", "bureau"));

        OffsetDateTime at = minutesAgo(60);
        String body = refusal(point, "H01", at, "[" + photoId + "]", tag + "-r1");
        var first = api.post("api/v1/kitchen-waste/refusals", "hauler01", body);
        assertEquals(201, first.status(), first::toString);
        JsonObject notice = first.json();
        assertEquals("OPEN", notice.getString("status"));
        assertEquals(at.toLocalDate().plusDays(3).toString(), notice.getString("dueDate"), "due three days later by default");
        assertFalse(notice.getBoolean("repeated"));
        assertEquals(List.of(photoId), notice.getJsonArray("photoIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList());
        long id = notice.getJsonNumber("id").longValue();

        var retry = api.post("api/v1/kitchen-waste/refusals", "hauler01", body);
        assertEquals(200, retry.status(), "the same client key and body: the first refusal");
        assertEquals(id, retry.json().getJsonNumber("id").longValue());
        assertEquals(409, api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal(point, "H01", at.minusMinutes(1), "[]", tag + "-r1")).status());

        var second = api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal(point, "H01", minutesAgo(50), "[]", null));
        assertEquals(201, second.status(), second::toString);
        assertTrue(second.json().getBoolean("repeated"), "a second refusal while a notice is open is flagged");
        assertEquals("OPEN_NOTICE", second.json().getString("repeatReason"));

        var open = api.get("api/v1/kitchen-waste/refusals?pointCode=" + point + "&status=OPEN", "officer-jj");
        assertEquals(200, open.status(), open::toString);
        assertEquals(2, open.json().getInt("total"));
        assertEquals(403, api.get("api/v1/kitchen-waste/refusals", "plant-ql").status());
        assertEquals(403, api.get("api/v1/kitchen-waste/refusals?haulerCode=H02", "hauler01").status());

        // the quality record of a community the point serves counts both refusals, and its drill-down lists them
        String day = at.toLocalDate().toString();
        String community = api.get("api/v1/points/" + point, "bureau").json().getJsonArray("servedCommunities").getString(0);
        JsonObject record = api.get("api/v1/communities/standard?scope=510104&from=" + day + "&to=" + day, "bureau").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("communityCode").equals(community))
                .findFirst().orElseThrow();
        assertTrue(record.getInt("refusals") >= 2, record::toString);
        assertTrue(record.getInt("repeatedRefusals") >= 1, record::toString);
        var drill = api.get("api/v1/communities/" + community + "/contamination?from=" + day + "&to=" + day, "officer-jj");
        assertEquals(200, drill.status(), drill::toString);
        assertTrue(drill.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("kind").equals("REFUSAL") && c.getString("reference").equals(String.valueOf(id))));

        // the next clean pickup at the point closes both notices
        String no = pickUp(api, point, plate, "200", minutesAgo(30));
        var closed = api.get("api/v1/kitchen-waste/refusals/" + id, "hauler01");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(no, closed.json().getString("closedByManifestNo"));
        assertEquals(0, total(api, "kitchen-waste/refusals?pointCode=" + point + "&status=OPEN", "bureau"));
        // the closing is in the audit trail: by whoever recorded the pickup, naming its manifest, the notice before and after
        var trail = api.get("api/v1/audit?recordType=refusal&recordRef=" + id, "bureau");
        assertEquals(200, trail.status(), trail::toString);
        List<JsonObject> closings = trail.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("CLOSE")).toList();
        assertEquals(1, closings.size(), trail::toString);
        JsonObject closing = closings.get(0);
        assertEquals("hauler01", closing.getString("actor"));
        assertTrue(closing.getString("reason").contains(no), closing::toString);
        assertEquals("OPEN", closing.getJsonObject("before").getString("status"));
        assertEquals("CLOSED", closing.getJsonObject("after").getString("status"));
        assertEquals(no, closing.getJsonObject("after").getString("closedByManifestNo"));
        assertTrue(trail.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").equals("CREATE")),
                "and its creation: " + trail);
    }

    @Test
    void aHaulerRefusesOnlyForItselfAndABadRefusalNamesItsField() {
        Api api = new Api(url);
        int before = total(api, "kitchen-waste/refusals?pointCode=JJ-P002", "bureau");
        assertEquals(403, api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal("JJ-P002", "H02", minutesAgo(20), "[]", null)).status());
        assertEquals(403, api.post("api/v1/kitchen-waste/refusals", "plant-ql", refusal("JJ-P002", "H01", minutesAgo(20), "[]", null)).status());
        assertEquals(403, api.post("api/v1/kitchen-waste/refusals", "admin", refusal("JJ-P002", "H01", minutesAgo(20), "[]", null)).status(),
                "what the hauler saw at the bin: not even an administrator records it");
        var future = api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal("JJ-P002", "H01", minutesAgo(-120), "[]", null));
        assertEquals(400, future.status());
        assertEquals(List.of("refusedAt"), future.errorFields());
        assertEquals(404, api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal("JJ-P002", "H01", minutesAgo(20), "[987654321]", null)).status());
        var noPhotos = api.post("api/v1/kitchen-waste/refusals", "hauler01", "{\"sourcePointCode\":\"JJ-P002\",\"haulerCode\":\"H01\","
                + "\"refusedAt\":\"" + iso(minutesAgo(20)) + "\",\"reason\":\"x\"}");
        assertEquals(400, noPhotos.status());
        assertEquals(List.of("photoIds"), noPhotos.errorFields());
        assertEquals(before, total(api, "kitchen-waste/refusals?pointCode=JJ-P002", "bureau"), "nothing stored");
    }

    static BigDecimal component(Api api, String day, String name) {
        var r = api.get("api/v1/indicators?scope=CITY&from=" + day + "&to=" + day, "bureau");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonObject("resourceUtilisation").getJsonObject("components").getJsonNumber(name).bigDecimalValue();
    }

    static BigDecimal plantInput(Api api, String plant, String day) {
        var r = api.get("api/v1/facilities/" + plant + "/mass-balance?from=" + day + "&to=" + day, "bureau");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("inputKg").bigDecimalValue();
    }

    @Test
    void aPartlyRejectedLoadMovesExactlyTheRejectedKilogramsFromTheKitchenPlantToIncineration() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = newVehicle(api, tag);
        String no = pickUp(api, "JJ-P003", plate, "1000", minutesAgo(40));
        OffsetDateTime at = minutesAgo(10);
        String day = at.toLocalDate().toString();
        BigDecimal incinerated = component(api, day, "incineratedKg");
        BigDecimal collected = component(api, day, "collectedKg");
        BigDecimal kitchen = component(api, day, "kitchenTreatedKg");
        BigDecimal plant = plantInput(api, "QL-KW01", day);
        BigDecimal incinerator = plantInput(api, "WX-INC01", day);

        var delivered = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql", "{\"facilityCode\":\"QL-KW01\","
                + "\"weightKg\":1010,\"deliveredAt\":\"" + iso(at) + "\",\"rejectedKg\":250.5,\"rejectionReason\":\"混有大量塑料袋和玻璃\","
                + "\"rejectedToFacilityCode\":\"WX-INC01\"}");
        assertEquals(200, delivered.status(), delivered::toString);
        JsonObject m = delivered.json();
        assertEquals(0, new BigDecimal("759.5").compareTo(m.getJsonNumber("acceptedKg").bigDecimalValue()));
        assertEquals(0, new BigDecimal("250.5").compareTo(m.getJsonNumber("rejectedKg").bigDecimalValue()));
        assertEquals("WX-INC01", m.getString("rejectedToFacilityCode"));

        BigDecimal rejected = new BigDecimal("250.5");
        assertEquals(0, incinerated.add(rejected).compareTo(component(api, day, "incineratedKg")), "I rises by exactly the rejected kg");
        assertEquals(0, collected.add(new BigDecimal("1010")).compareTo(component(api, day, "collectedKg")),
                "collected once: the accepted part at the plant, the rejected part at the incinerator");
        assertEquals(0, kitchen.compareTo(component(api, day, "kitchenTreatedKg")), "nothing treated yet");
        assertEquals(0, plant.add(new BigDecimal("759.5")).compareTo(plantInput(api, "QL-KW01", day)),
                "K's input: the plant received the weighbridge weight less the rejected part");
        assertEquals(0, incinerator.add(rejected).compareTo(plantInput(api, "WX-INC01", day)));
        var receipt = api.get("api/v1/facilities/WX-INC01/movements?from=" + day + "&to=" + day + "&size=1000", "bureau").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == m.getJsonNumber("rejectionReceiptId").longValue()).findFirst().orElseThrow();
        assertEquals("RESIDUAL", receipt.getString("category"));
        assertEquals("POINT", receipt.getString("sourceKind"));
        assertEquals("510104", receipt.getString("sourceDistrictCode"));
        assertFalse(receipt.getBoolean("residue"), "new waste of the point's district, not a residue of the plant");

        String community = api.get("api/v1/points/JJ-P003", "bureau").json().getJsonArray("servedCommunities").getString(0);
        var drill = api.get("api/v1/communities/" + community + "/contamination?from=" + day + "&to=" + day, "bureau");
        assertTrue(drill.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("kind").equals("REJECTION") && c.getString("reference").equals(no)), drill::toString);
    }

    @Test
    void aBadRejectionIsRefusedNamingItsFieldAndStoresNothing() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = newVehicle(api, tag);
        String no = pickUp(api, "JJ-P004", plate, "500", minutesAgo(40));
        String at = iso(minutesAgo(10));
        String day = at.substring(0, 10);
        BigDecimal incinerator = plantInput(api, "WX-INC01", day);
        BigDecimal plant = plantInput(api, "QL-KW01", day);
        String base = "{\"facilityCode\":\"QL-KW01\",\"weightKg\":500,\"deliveredAt\":\"" + at + "\"";

        var alone = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql", base + ",\"rejectedKg\":100}");
        assertEquals(400, alone.status(), alone::toString);
        assertTrue(alone.isProblem());
        assertEquals(List.of("rejectionReason", "rejectedToFacilityCode"), alone.errorFields(), "all three or none");
        var tooMuch = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                base + ",\"rejectedKg\":500.001,\"rejectionReason\":\"玻璃\",\"rejectedToFacilityCode\":\"WX-INC01\"}");
        assertEquals(400, tooMuch.status());
        assertEquals(List.of("rejectedKg"), tooMuch.errorFields());
        var notIncineration = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                base + ",\"rejectedKg\":100,\"rejectionReason\":\"玻璃\",\"rejectedToFacilityCode\":\"JY-KW02\"}");
        assertEquals(400, notIncineration.status());
        assertEquals(List.of("rejectedToFacilityCode"), notIncineration.errorFields());
        var unknown = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                base + ",\"rejectedKg\":100,\"rejectionReason\":\"玻璃\",\"rejectedToFacilityCode\":\"" + tag + "-X\"}");
        assertEquals(404, unknown.status());
        var zero = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                base + ",\"rejectedKg\":0,\"rejectionReason\":\"玻璃\",\"rejectedToFacilityCode\":\"WX-INC01\"}");
        assertEquals(400, zero.status());
        assertEquals(List.of("rejectedKg"), zero.errorFields());

        assertEquals("PICKED_UP", api.get("api/v1/kitchen-waste/manifests/" + no, "bureau").json().getString("status"));
        assertEquals(0, incinerator.compareTo(plantInput(api, "WX-INC01", day)), "no receipt at the incinerator");
        assertEquals(0, plant.compareTo(plantInput(api, "QL-KW01", day)), "no receipt at the plant");

        // a whole load rejected: nothing received at the plant, all of it at the landfill or incinerator
        var whole = api.post("api/v1/kitchen-waste/manifests/" + no + "/delivery", "plant-ql",
                base + ",\"rejectedKg\":500,\"rejectionReason\":\"整车混杂\",\"rejectedToFacilityCode\":\"WX-INC01\"}");
        assertEquals(200, whole.status(), whole::toString);
        assertEquals(0, whole.json().getJsonNumber("acceptedKg").bigDecimalValue().signum());
        assertFalse(whole.json().containsKey("receiptId") && !whole.json().isNull("receiptId"), "no kitchen-waste receipt");
        assertEquals(0, plant.compareTo(plantInput(api, "QL-KW01", day)));
        assertEquals(0, incinerator.add(new BigDecimal("500")).compareTo(plantInput(api, "WX-INC01", day)));
    }

    @Test
    void theDemoHasRefusalsOneRepeatedAndOpenAndTheContractsExampleIsItsFirst() {
        Api api = new Api(url);
        var jj = api.get("api/v1/kitchen-waste/refusals?districtCode=510104&size=1000", "bureau").json().getJsonArray("items");
        assertTrue(jj.size() >= 5, jj::toString);
        assertTrue(jj.stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getBoolean("repeated") && r.getString("status").equals("OPEN")));
        assertTrue(jj.stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getString("status").equals("CLOSED")
                && r.getString("closedByManifestNo", "").startsWith("KW-")), "closed by the next morning's pickup");
        long first = jj.getJsonObject(jj.size() - 1).getJsonNumber("id").longValue();
        System.out.println("the demo's first refusal: " + first);
        assertEquals(DEMO_FIRST_REFUSAL, first, "the contract's example of /kitchen-waste/refusals/{id} (ContractFilter) is the demo's first");
        assertEquals(1, api.get("api/v1/kitchen-waste/refusals?districtCode=510105&size=1000", "bureau").json().getInt("total"));
    }

    @Test
    void aRepeatedRefusalAtACommunitysPointFeedsThePurityVetoOfItsNextInspection() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String today = OffsetDateTime.now(CITY).toLocalDate().toString();
        newServedPoint(api, tag);
        assertEquals(201, api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal(tag + "-P", "H01", minutesAgo(50), "[]", null)).status());
        var repeated = api.post("api/v1/kitchen-waste/refusals", "hauler01", refusal(tag + "-P", "H01", minutesAgo(40), "[]", null));
        assertTrue(repeated.json().getBoolean("repeated"), repeated::toString);

        StringBuilder scores = new StringBuilder();
        for (String item : List.of("BINS:20", "KITCHEN-PURITY:30", "GUIDANCE:20", "RECORDS:15", "MIXED-COLLECTION:15")) {
            String[] kv = item.split(":");
            scores.append(scores.length() == 0 ? "" : ",").append("{\"itemCode\":\"").append(kv[0]).append("\",\"score\":").append(kv[1]).append('}');
        }
        var inspection = api.post("api/v1/inspections", "inspector-jj", "{\"communityCode\":\"" + tag + "-C\",\"inspectedAt\":\""
                + iso(minutesAgo(20)) + "\",\"scores\":[" + scores + "],\"vetoes\":[],\"photoIds\":[]}");
        assertEquals(201, inspection.status(), inspection::toString);
        assertFalse(inspection.json().getBoolean("passed"), "a full score, and the purity veto the repeated refusal feeds");
        assertTrue(inspection.json().getJsonArray("vetoes").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(v -> v.getString().equals("KITCHEN-PURITY")), inspection::toString);
        // from the first refusal's day to today (just after midnight, the refusals were yesterday)
        String first = minutesAgo(50).toLocalDate().toString();
        JsonObject record = api.get("api/v1/communities/standard?scope=510104&from=" + first + "&to=" + today, "officer-jj").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("communityCode").equals(tag + "-C"))
                .findFirst().orElseThrow();
        assertEquals("VETO", record.getString("reason"));
        assertEquals(2, record.getInt("refusals"));
        assertEquals(1, record.getInt("repeatedRefusals"));
    }
}

package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three-in-one network through the API alone: recyclables from demo points to a new sorting
 * centre, on to a new processor, rejects to an incinerator; capacity, a balance that closes,
 * attribution to districts; every refusal names its field and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RecyclablesIT {
    static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static JsonObject facility(String code, String kind, int tpd, String... materials) {
        var m = Json.createArrayBuilder();
        for (String s : materials) {
            m.add(s);
        }
        return Json.createObjectBuilder().add("code", code).add("name", "测试设施 " + code).add("kind", kind)
                .add("districtCode", "510104").add("designCapacityTonnesPerDay", tpd).add("acceptedMaterials", m)
                .add("activeFrom", YESTERDAY.minusDays(30).toString()).build();
    }

    static String transfer(String fromPoint, String fromFacility, String to, String material, String kg, String key) {
        var b = Json.createObjectBuilder().add("toFacilityCode", to).add("material", material)
                .add("weightKg", new BigDecimal(kg)).add("transferredAt", YESTERDAY + "T10:00:00+08:00");
        if (fromPoint != null) {
            b.add("fromPointCode", fromPoint);
        }
        if (fromFacility != null) {
            b.add("fromFacilityCode", fromFacility);
        }
        if (key != null) {
            b.add("clientKey", key);
        }
        return b.build().toString();
    }

    static BigDecimal kg(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void recyclablesGoFromPointsThroughASortingCentreToAProcessorAndTheBooksClose() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String centre = tag + "-SC";
        String processor = tag + "-PP";
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(centre, "SORTING_CENTRE", 50)).status());
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(processor, "RECYCLING_PROCESSOR", 100, "PAPER")).status());

        var fromJinjiang = api.post("api/v1/recyclables/transfers", "admin", transfer("JJ-R01", null, centre, "PAPER", "3000", tag + "-t1"));
        assertEquals(201, fromJinjiang.status(), fromJinjiang::toString);
        assertEquals("510104", fromJinjiang.json().getString("sourceDistrictCode"));
        assertEquals(201, api.post("api/v1/recyclables/transfers", "admin", transfer("QY-R01", null, centre, "PAPER", "1000", null)).status());
        var onwards = api.post("api/v1/recyclables/transfers", "admin", transfer(null, centre, processor, "PAPER", "3600", null));
        assertEquals(201, onwards.status(), onwards::toString);
        assertFalse(onwards.json().getBoolean("residue"));
        var rejects = api.post("api/v1/facilities/" + centre + "/outputs", "admin",
                "{\"date\":\"" + YESTERDAY + "\",\"kind\":\"RESIDUE\",\"toFacilityCode\":\"WX-INC01\",\"weightKg\":400}");
        assertEquals(201, rejects.status(), rejects::toString);
        assertTrue(rejects.json().getBoolean("residue"));
        assertEquals(201, api.post("api/v1/facilities/" + processor + "/outputs", "admin",
                "{\"date\":\"" + YESTERDAY + "\",\"kind\":\"PRODUCT\",\"material\":\"PAPER\",\"product\":\"baled paper\",\"weightKg\":3400}").status());
        assertEquals(201, api.post("api/v1/facilities/" + processor + "/stock", "admin",
                "{\"date\":\"" + YESTERDAY + "\",\"stockKg\":200}").status());

        String period = "?from=" + YESTERDAY.minusDays(1) + "&to=" + YESTERDAY;
        var centreBalance = api.get("api/v1/facilities/" + centre + "/mass-balance" + period, "bureau").json();
        assertEquals(0, new BigDecimal("4000").compareTo(kg(centreBalance, "inputKg")));
        assertEquals(0, new BigDecimal("3600").compareTo(kg(centreBalance, "outputsKg")));
        assertEquals(0, new BigDecimal("400").compareTo(kg(centreBalance, "residuesKg")));
        assertEquals(0, kg(centreBalance, "imbalanceKg").signum());
        assertTrue(centreBalance.getBoolean("withinTolerance"));

        var processorBalance = api.get("api/v1/facilities/" + processor + "/mass-balance" + period, "bureau").json();
        assertEquals(0, new BigDecimal("200").compareTo(kg(processorBalance, "stockChangeKg")));
        assertEquals(0, kg(processorBalance, "imbalanceKg").signum(), processorBalance::toString);

        var capacity = api.get("api/v1/facilities/" + centre + "/capacity" + period, "bureau").json();
        assertEquals(2, capacity.getInt("operatingDays"));
        assertEquals(0, new BigDecimal("100000").compareTo(kg(capacity, "capacityKg")));
        assertEquals(0, new BigDecimal("4000").compareTo(kg(capacity, "throughputKg")));
        assertEquals(4.0, capacity.getJsonNumber("utilisation").doubleValue(), 1e-9);
        assertEquals(2, capacity.getJsonArray("days").size());

        var attribution = api.get("api/v1/facilities/" + centre + "/attribution" + period, "bureau").json();
        assertEquals(0, new BigDecimal("2700").compareTo(attribution.getJsonObject("outputsKg").getJsonNumber("510104").bigDecimalValue()));
        assertEquals(0, new BigDecimal("900").compareTo(attribution.getJsonObject("outputsKg").getJsonNumber("510105").bigDecimalValue()));
        assertEquals(0, new BigDecimal("100").compareTo(attribution.getJsonObject("residuesKg").getJsonNumber("510105").bigDecimalValue()));

        var flows = api.get("api/v1/facilities/" + centre + "/flows" + period, "bureau").json().getJsonArray("days");
        assertEquals(1, flows.size());
        var movements = api.get("api/v1/facilities/" + centre + "/movements" + period, "bureau").json();
        assertEquals(4, movements.getInt("total"));
    }

    @Test
    void aRetriedTransferIsStoredOnce() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String centre = tag + "-SC";
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(centre, "SORTING_CENTRE", 50)).status());
        String body = transfer("JJ-M01", null, centre, "METAL", "250.5", tag + "-k");
        var first = api.post("api/v1/recyclables/transfers", "admin", body);
        var again = api.post("api/v1/recyclables/transfers", "admin", body);
        assertEquals(201, first.status());
        assertEquals(200, again.status());
        assertEquals(first.json(), again.json());
        var reuse = api.post("api/v1/recyclables/transfers", "admin", transfer("JJ-M01", null, centre, "METAL", "99", tag + "-k"));
        assertEquals(409, reuse.status());
        String period = "?from=" + YESTERDAY + "&to=" + YESTERDAY;
        assertEquals(1, api.get("api/v1/facilities/" + centre + "/movements" + period, "admin").json().getInt("total"));
    }

    @Test
    void everyBadFlowIsRefusedNamingItsFieldAndStoresNothing() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String centre = tag + "-SC";
        String processor = tag + "-PP";
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(centre, "SORTING_CENTRE", 50)).status());
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(processor, "RECYCLING_PROCESSOR", 100, "PAPER")).status());
        String future = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(2).toString();
        record Case(String what, String path, String body, int status, String field) {
        }
        String transfers = "api/v1/recyclables/transfers";
        List<Case> cases = List.of(
                new Case("a material the processor does not accept", transfers, transfer(null, centre, processor, "GLASS", "10", null), 400, "material"),
                new Case("a point that takes no recyclables", transfers, transfer("JJ-S02", null, centre, "PAPER", "10", null), 400, "fromPointCode"),
                new Case("a facility sending to itself", transfers, transfer(null, centre, centre, "PAPER", "10", null), 400, "toFacilityCode"),
                new Case("not a recyclable material", transfers, transfer("JJ-R01", null, centre, "BATTERY", "10", null), 400, "material"),
                new Case("negative weight", transfers, transfer("JJ-R01", null, centre, "PAPER", "-5", null), 400, "weightKg"),
                new Case("absurd weight", transfers, transfer("JJ-R01", null, centre, "PAPER", "250000", null), 400, "weightKg"),
                new Case("unknown facility", transfers, transfer("JJ-R01", null, tag + "-NONE", "PAPER", "10", null), 404, "toFacilityCode"),
                new Case("unknown point", transfers, transfer(tag + "-NOP", null, centre, "PAPER", "10", null), 404, "fromPointCode"),
                new Case("both a point and a facility", transfers, transfer("JJ-R01", centre, processor, "PAPER", "10", null), 400, "fromPointCode"),
                new Case("in the future", transfers, transfer("JJ-R01", null, centre, "PAPER", "10", null).replace(YESTERDAY + "T", future + "T"), 400, "transferredAt"),
                new Case("kitchen waste to an incinerator", "api/v1/facilities/WX-INC01/receipts",
                        "{\"date\":\"" + YESTERDAY + "\",\"category\":\"KITCHEN\",\"sourceDistrictCode\":\"510104\",\"weightKg\":100}", 400, "category"),
                new Case("a receipt from an unknown district", "api/v1/facilities/WX-INC01/receipts",
                        "{\"date\":\"" + YESTERDAY + "\",\"category\":\"RESIDUAL\",\"sourceDistrictCode\":\"519999\",\"weightKg\":100}", 404, "sourceDistrictCode"),
                new Case("a receipt dated tomorrow", "api/v1/facilities/WX-INC01/receipts",
                        "{\"date\":\"" + future + "\",\"category\":\"RESIDUAL\",\"sourceDistrictCode\":\"510104\",\"weightKg\":100}", 400, "date"),
                new Case("residues sent to a sorting centre", "api/v1/facilities/" + processor + "/outputs",
                        "{\"date\":\"" + YESTERDAY + "\",\"kind\":\"RESIDUE\",\"toFacilityCode\":\"" + centre + "\",\"weightKg\":10}", 400, "toFacilityCode"),
                new Case("an output of no kind", "api/v1/facilities/" + processor + "/outputs",
                        "{\"date\":\"" + YESTERDAY + "\",\"kind\":\"GIFT\",\"weightKg\":10}", 400, "kind"));
        assertAll(cases.stream().map(c -> () -> {
            var reply = api.post(c.path(), "admin", c.body());
            assertEquals(c.status(), reply.status(), c.what() + ": " + reply);
            assertTrue(reply.isProblem(), c.what());
            assertTrue(reply.errorFields().contains(c.field()), c.what() + " should name " + c.field() + ": " + reply);
        }));
        String period = "?from=" + YESTERDAY.minusDays(1) + "&to=" + YESTERDAY;
        assertEquals(0, api.get("api/v1/facilities/" + centre + "/movements" + period, "admin").json().getInt("total"));
        assertEquals(0, api.get("api/v1/facilities/" + processor + "/movements" + period, "admin").json().getInt("total"));
    }

    @Test
    void aDayOverCapacityRaisesAnAlertThatIsConfirmedOnceWithAComment() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String small = tag + "-INC";
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(small, "INCINERATION_PLANT", 1)).status());
        String receipt = "{\"date\":\"" + YESTERDAY + "\",\"category\":\"RESIDUAL\",\"sourceDistrictCode\":\"510104\",\"weightKg\":800}";
        assertEquals(201, api.post("api/v1/facilities/" + small + "/receipts", "admin", receipt).status());
        assertEquals(0, api.get("api/v1/capacity-alerts?facilityCode=" + small, "bureau").json().getInt("total"));
        assertEquals(201, api.post("api/v1/facilities/" + small + "/receipts", "admin", receipt).status());
        var alerts = api.get("api/v1/capacity-alerts?facilityCode=" + small + "&confirmed=false", "bureau").json();
        assertEquals(1, alerts.getInt("total"));
        var alert = alerts.getJsonArray("items").getJsonObject(0);
        assertEquals(0, new BigDecimal("1600").compareTo(kg(alert, "intakeKg")));
        long id = alert.getJsonNumber("id").longValue();
        assertEquals(400, api.post("api/v1/capacity-alerts/" + id + "/confirmation", "bureau", "{\"comment\":\" \"}").status());
        var confirmed = api.post("api/v1/capacity-alerts/" + id + "/confirmation", "bureau", "{\"comment\":\"extra line in service\"}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("bureau", confirmed.json().getString("confirmedBy"));
        assertEquals(409, api.post("api/v1/capacity-alerts/" + id + "/confirmation", "bureau", "{\"comment\":\"again\"}").status());
        assertEquals(0, api.get("api/v1/capacity-alerts?facilityCode=" + small + "&confirmed=false", "bureau").json().getInt("total"));
    }

    @Test
    void aPlantOperatorReportsAtTheirOwnPlantOnly() {
        Api api = new Api(url);
        String kitchen = "{\"date\":\"" + YESTERDAY + "\",\"category\":\"KITCHEN\",\"sourceDistrictCode\":\"510183\",\"weightKg\":5000}";
        var own = api.post("api/v1/facilities/QL-KW01/receipts", "plant-ql", kitchen);
        assertEquals(201, own.status(), own::toString);
        assertEquals("plant-ql", own.json().getString("createdBy"));
        var other = api.post("api/v1/facilities/JY-KW02/receipts", "plant-ql", kitchen);
        assertEquals(403, other.status());
        assertEquals("code", other.errorFields().get(0));
        assertEquals(403, api.get("api/v1/facilities/JY-KW02/mass-balance?from=" + YESTERDAY + "&to=" + YESTERDAY, "plant-ql").status());
        assertEquals(403, api.post("api/v1/facilities/QL-KW01/receipts", "station-jj01", kitchen).status());
        assertEquals(200, api.get("api/v1/facilities/QL-KW01/capacity?from=" + YESTERDAY + "&to=" + YESTERDAY, "plant-ql").status());
    }

    @Test
    void anOperatorReplayingAnotherPlantsReceiptWithItsKeyIsRefusedAndGetsNothingOfIt() {
        Api api = new Api(url);
        String key = Deployments.uniqueTag() + "-wb";
        String body = "{\"date\":\"" + YESTERDAY + "\",\"category\":\"KITCHEN\",\"sourceDistrictCode\":\"510104\",\"weightKg\":4100,"
                + "\"clientKey\":\"" + key + "\"}";
        var theirs = api.post("api/v1/facilities/JY-KW02/receipts", "admin", body);
        assertEquals(201, theirs.status(), theirs::toString);
        var replay = api.post("api/v1/facilities/JY-KW02/receipts", "plant-ql", body);
        assertEquals(403, replay.status(), "not 200 with the other plant's record: " + replay);
        assertEquals("code", replay.errorFields().get(0));
        var own = api.post("api/v1/facilities/QL-KW01/receipts", "plant-ql", body);
        assertEquals(201, own.status(), "the same key string is the operator's own, at their plant: " + own);
        assertEquals(200, api.post("api/v1/facilities/QL-KW01/receipts", "plant-ql", body).status());
    }

    @Test
    void theDemoShowsTheNamedPlantsWithMonthsOfFlows() {
        Api api = new Api(url);
        var wx = api.get("api/v1/facilities/WX-INC01", "bureau").json();
        assertEquals("万兴环保发电厂", wx.getString("name"));
        assertEquals(2, wx.getJsonArray("capacityHistory").size(), "phase 1 and phase 2");
        assertEquals(0, new BigDecimal("5400").compareTo(kg(wx, "designCapacityTonnesPerDay")));
        assertEquals(0, new BigDecimal("100").compareTo(kg(api.get("api/v1/facilities/QL-KW01", "bureau").json(), "designCapacityTonnesPerDay")));
        LocalDate monthAgo = YESTERDAY.minusDays(30);
        var capacity = api.get("api/v1/facilities/WX-INC01/capacity?from=" + monthAgo + "&to=" + YESTERDAY, "bureau").json();
        assertTrue(capacity.getJsonNumber("utilisation").doubleValue() > 10, capacity::toString);
        var balance = api.get("api/v1/facilities/JN-SC02/mass-balance?from=" + monthAgo + "&to=" + YESTERDAY, "bureau").json();
        assertTrue(balance.getBoolean("withinTolerance"), balance::toString);
    }
}

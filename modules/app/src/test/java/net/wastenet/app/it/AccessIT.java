package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff see and write only their own points' data, district officers their district's, the bureau
 * everything; a request outside one's scope answers 403 and changes nothing. Uses the demo users and
 * the demo network (station-jj01 has JJ-P001, JJ-P002 and JJ-S01; officer-jj has 510104).
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static String anHourAgo() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Test
    void aStationWorkerCannotLogAtAnotherStationAndNothingIsStored() {
        Api api = new Api(url);
        int before = api.get("api/v1/tonnage-logs?pointCode=JJ-P003&size=1", "bureau").json().getInt("total");
        var reply = api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"JJ-P003\",\"category\":\"RESIDUAL\","
                + "\"weightKg\":10,\"weighedAt\":\"" + anHourAgo() + "\"}");
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertEquals("pointCode", reply.errorFields().get(0));
        assertEquals(before, api.get("api/v1/tonnage-logs?pointCode=JJ-P003&size=1", "bureau").json().getInt("total"));
    }

    @Test
    void aStationWorkerReadsOnlyTheirOwnPointsLogs() {
        Api api = new Api(url);
        var mine = api.get("api/v1/tonnage-logs?size=1000", "station-jj01").json();
        Set<String> points = mine.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("pointCode")).collect(Collectors.toSet());
        assertTrue(mine.getInt("total") > 0);
        assertTrue(Set.of("JJ-P001", "JJ-P002", "JJ-S01").containsAll(points) || points.stream().anyMatch(p -> p.startsWith("T")),
                "only their points: " + points);
        assertEquals(403, api.get("api/v1/tonnage-logs?pointCode=JJ-P003", "station-jj01").status());
        long other = api.get("api/v1/tonnage-logs?pointCode=JJ-P003&size=1", "bureau").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, api.get("api/v1/tonnage-logs/" + other, "station-jj01").status());
        var correction = api.post("api/v1/tonnage-logs/" + other + "/corrections", "station-jj01", "{\"weightKg\":1,\"reason\":\"x\"}");
        assertEquals(403, correction.status());
        assertEquals(1, api.get("api/v1/tonnage-logs/" + other, "bureau").json().getInt("revision"));
    }

    @Test
    void aDistrictOfficerReadsTheirDistrictOnly() {
        Api api = new Api(url);
        var jinjiang = api.get("api/v1/tonnage-logs?districtCode=510104&size=50", "officer-jj");
        assertEquals(200, jinjiang.status(), jinjiang::toString);
        assertTrue(jinjiang.json().getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getString("districtCode").equals("510104")));
        var qingyang = api.get("api/v1/tonnage-logs?districtCode=510105", "officer-jj");
        assertEquals(403, qingyang.status());
        assertEquals("districtCode", qingyang.errorFields().get(0));
        var unfiltered = api.get("api/v1/tonnage-logs?size=200", "officer-jj").json().getJsonArray("items");
        assertTrue(unfiltered.stream().map(JsonValue::asJsonObject).allMatch(o -> o.getString("districtCode").equals("510104")));
        assertEquals(403, api.post("api/v1/tonnage-logs", "officer-jj", "{\"pointCode\":\"JJ-P001\",\"category\":\"RESIDUAL\","
                + "\"weightKg\":10,\"weighedAt\":\"" + anHourAgo() + "\"}").status());
    }

    @Test
    void haulersAndPlantOperatorsReadNoStationsLogButTheBureauReadsAll() {
        Api api = new Api(url);
        assertEquals(403, api.get("api/v1/tonnage-logs", "hauler01").status());
        assertEquals(403, api.get("api/v1/tonnage-logs", "plant-ql").status());
        assertEquals(200, api.get("api/v1/tonnage-logs?districtCode=510185", "bureau").status());
        assertEquals(200, api.get("api/v1/points?districtCode=510104", "hauler01").status(), "reference data is for everyone");
    }

    @Test
    void everyoneSeesWhoTheyAreAndOnlyAdministratorsChangeScopes() {
        Api api = new Api(url);
        var me = api.get("api/v1/me", "officer-jj").json();
        assertEquals("officer-jj", me.getString("username"));
        assertEquals("DISTRICT_OFFICER", me.getJsonArray("roles").getString(0));
        assertEquals("510104", me.getJsonObject("scope").getJsonArray("districts").getString(0));
        var selfPromotion = api.put("api/v1/users/station-jj01/scope", "station-jj01",
                "{\"points\":[\"JJ-P003\"],\"districts\":[],\"haulers\":[],\"facilities\":[]}");
        assertEquals(403, selfPromotion.status());
        var unknown = api.put("api/v1/users/someone/scope", "admin", "{\"points\":[\"NO-SUCH-P\"]}");
        assertEquals(404, unknown.status());
        assertEquals("points", unknown.errorFields().get(0));
        var malformed = api.put("api/v1/users/someone/scope", "admin", "{\"districts\":[\"Jinjiang\"]}");
        assertEquals(400, malformed.status());
        assertEquals("districts", malformed.errorFields().get(0));
    }
}

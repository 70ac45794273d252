package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators register the network; everyone signed in reads it; the demo city is there. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void anAdministratorRegistersACommunityAndAPointServingItAndEveryoneReadsThem() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        var community = api.post("api/v1/communities", "admin", Json.createObjectBuilder()
                .add("code", tag + "-C1").add("name", "春熙花园").add("districtCode", "510104").add("street", "春熙路街道")
                .add("households", 1200).add("residents", 3100).add("activeFrom", "2026-01-01").build());
        assertEquals(201, community.status(), community::toString);
        assertEquals(1200, community.json().getInt("households"));

        var point = api.post("api/v1/points", "admin", Json.createObjectBuilder()
                .add("code", tag + "-P1").add("name", "东门投放点").add("kind", "SORTING_POINT").add("districtCode", "510104")
                .add("latitude", 30.657).add("longitude", 104.081)
                .add("acceptedCategories", Json.createArrayBuilder().add("KITCHEN").add("RESIDUAL"))
                .add("servedCommunities", Json.createArrayBuilder().add(tag + "-C1"))
                .add("activeFrom", "2026-01-01").build());
        assertEquals(201, point.status(), point::toString);
        assertEquals("ACTIVE", point.json().getString("status"));

        var read = api.get("api/v1/points/" + tag + "-P1", "station-jj01");
        assertEquals(200, read.status());
        assertEquals(tag + "-C1", read.json().getJsonArray("servedCommunities").getString(0));
        assertEquals(30.657, read.json().getJsonNumber("latitude").doubleValue(), 1e-9);
    }

    @Test
    void aPointsStatusHistoryAnswersForEveryDate() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        assertEquals(201, api.post("api/v1/points", "admin", point(tag + "-P2", "2026-01-01")).status());
        var suspended = api.post("api/v1/points/" + tag + "-P2/status", "admin",
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"2026-02-10\",\"reason\":\"维修 repair\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        var history = suspended.json().getJsonArray("statusHistory");
        assertEquals(2, history.size());
        assertEquals("SUSPENDED", history.getJsonObject(1).getString("status"));
        assertEquals("admin", history.getJsonObject(1).getString("recordedBy"));
        assertEquals("SUSPENDED", suspended.json().getString("status"), "today is after 2026-02-10");

        var tooEarly = api.post("api/v1/points/" + tag + "-P2/status", "admin",
                "{\"status\":\"CLOSED\",\"effectiveFrom\":\"2025-12-01\",\"reason\":\"x\"}");
        assertEquals(400, tooEarly.status());
        assertEquals("effectiveFrom", tooEarly.errorFields().get(0));
        assertEquals(2, api.get("api/v1/points/" + tag + "-P2", "admin").json().getJsonArray("statusHistory").size());
    }

    @Test
    void badReferenceDataIsRefusedNamingTheFieldAndNothingIsStored() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        var invalid = api.post("api/v1/communities", "admin",
                "{\"code\":\"has space\",\"name\":\"\",\"districtCode\":\"5101\",\"households\":-1,\"residents\":10}");
        assertEquals(400, invalid.status());
        assertTrue(invalid.isProblem());
        assertEquals(java.util.List.of("code", "name", "districtCode", "households"), invalid.errorFields());

        var unknownDistrict = api.post("api/v1/communities", "admin",
                "{\"code\":\"" + tag + "-C9\",\"name\":\"x\",\"districtCode\":\"519999\",\"households\":1,\"residents\":1}");
        assertEquals(404, unknownDistrict.status());
        assertEquals("districtCode", unknownDistrict.errorFields().get(0));
        assertEquals(404, api.get("api/v1/communities/" + tag + "-C9", "admin").status());

        var unknownCommunity = api.post("api/v1/points", "admin", Json.createObjectBuilder(point(tag + "-P9", "2026-01-01"))
                .add("servedCommunities", Json.createArrayBuilder().add("NO-SUCH-C")).build());
        assertEquals(404, unknownCommunity.status());
        assertEquals("servedCommunities", unknownCommunity.errorFields().get(0));

        var badPoint = api.post("api/v1/points", "admin", "{\"code\":\"" + tag + "-P8\",\"name\":\"x\",\"kind\":\"BIN\","
                + "\"districtCode\":\"510104\",\"latitude\":95,\"longitude\":104,\"acceptedCategories\":[\"KITCHEN\",\"PAPER\"]}");
        assertEquals(400, badPoint.status());
        assertEquals(java.util.List.of("kind", "latitude", "acceptedCategories[1]"), badPoint.errorFields());
        assertEquals(404, api.get("api/v1/points/" + tag + "-P8", "admin").status());
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        assertEquals(201, api.post("api/v1/points", "admin", point(tag + "-P3", null)).status());
        var again = api.post("api/v1/points", "admin", point(tag + "-P3", null));
        assertEquals(409, again.status());
        assertEquals("code", again.errorFields().get(0));
        var district = api.post("api/v1/districts", "admin",
                "{\"code\":\"510104\",\"nameZh\":\"锦江区\",\"nameEn\":\"Jinjiang\",\"kind\":\"DISTRICT\"}");
        assertEquals(409, district.status());
    }

    @Test
    void onlyAdministratorsChangeReferenceDataAndNobodyReadsWithoutSigningIn() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        var station = api.post("api/v1/points", "station-jj01", point(tag + "-P4", null));
        assertEquals(403, station.status());
        assertTrue(station.isProblem(), station::toString);
        assertEquals(404, api.get("api/v1/points/" + tag + "-P4", "admin").status());

        var anonymous = api.get("api/v1/points", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.isProblem(), anonymous::toString);
    }

    @Test
    void theDemoCityIsThereWithEveryDistrictAndPointsInJinjiang() {
        Api api = new Api(url);
        var districts = api.get("api/v1/districts", "bureau").json();
        assertEquals(23, districts.getInt("total"));
        var jinjiang = api.get("api/v1/points?districtCode=510104&size=1000", "bureau").json();
        assertTrue(jinjiang.getInt("total") >= 19, jinjiang::toString);
        assertTrue(jinjiang.getJsonArray("items").stream()
                .anyMatch(p -> p.asJsonObject().getString("code").equals("JJ-P001")));
        var logs = api.get("api/v1/tonnage-logs?pointCode=JJ-P001&from=" + LocalDate.now().minusMonths(2) + "&size=1", "bureau").json();
        assertTrue(logs.getInt("total") > 30, "the demo logs two months of weighings at JJ-P001: " + logs);
    }

    static jakarta.json.JsonObject point(String code, String activeFrom) {
        var b = Json.createObjectBuilder().add("code", code).add("name", "投放点").add("kind", "COLLECTION_STATION")
                .add("districtCode", "510104").add("latitude", 30.6).add("longitude", 104.0)
                .add("acceptedCategories", Json.createArrayBuilder().add("RESIDUAL"));
        if (activeFrom != null) {
            b.add("activeFrom", activeFrom);
        }
        return b.build();
    }
}

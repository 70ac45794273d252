package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk imports: a file is kept, loaded by the Jakarta Batch job in the background, its progress and
 * refused rows answered by the API; a retried upload is one import; each row is checked as the
 * single-record API checks it, within the submitter's scope. (A kill of the server in the middle of
 * an import and its resumption are checked by .ci/import-resume-test.)
 */
@ExtendWith(ArquillianExtension.class)
class ImportsIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    static final String TONNAGE_HEADER = "pointCode,category,material,weightKg,weighedAt,clientKey\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** Polls the import until its job has finished, as a client would. */
    static JsonObject finished(Api api, long id, String user) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonObject view = api.get("api/v1/imports/" + id, user).json();
            String status = view.getString("status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return view;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    static List<String> fieldsOf(Api api, long id, String user) {
        return api.get("api/v1/imports/" + id + "/rejections?size=100", user).json().getJsonArray("items").stream()
                .map(r -> r.asJsonObject().getInt("line") + ":" + r.asJsonObject().getString("field", "-")).toList();
    }

    @Test
    void aFileOfWeighingsIsLoadedInTheBackgroundWithEachBadRowReportedAndARetryIsTheSameImport() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = new TonnageLogIT().newPoint(api, tag);
        String csv = TONNAGE_HEADER
                + point + ",KITCHEN,HOUSEHOLD_KITCHEN,152.5," + TonnageLogIT.hoursAgo(5) + "," + tag + "-r1\n"
                + point + ",RECYCLABLE,PAPER,-3," + TonnageLogIT.hoursAgo(5) + ",\n"
                + point + ",RESIDUAL,,880," + TonnageLogIT.hoursAgo(4) + ",\n"
                + tag + "-NONE,RESIDUAL,,10," + TonnageLogIT.hoursAgo(4) + ",\n"
                + point + ",HAZARDOUS,BATTERY,2," + TonnageLogIT.hoursAgo(4) + ",\n"
                + point + ",RESIDUAL,,abc," + TonnageLogIT.hoursAgo(4) + ",\n"
                + point + ",RESIDUAL,,12\n"
                + point + ",RECYCLABLE,PLASTIC,12.5," + TonnageLogIT.hoursAgo(3) + ",\n";

        var submitted = api.post("api/v1/imports?recordType=tonnage-logs&fileName=" + tag + ".csv&clientKey=" + tag + "-f1",
                "station-jj01", "text/csv", csv, null);
        assertEquals(202, submitted.status(), submitted::toString);
        long id = submitted.json().getJsonNumber("id").longValue();
        assertEquals(8, submitted.json().getInt("totalRows"));
        assertEquals(tag + ".csv", submitted.json().getString("fileName"));

        JsonObject done = finished(api, id, "station-jj01");
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        assertEquals(8, done.getInt("rowsDone"));
        assertEquals(100.0, done.getJsonNumber("percent").doubleValue());
        assertEquals(3, done.getInt("accepted"));
        assertEquals(5, done.getInt("rejectedRows"));
        assertEquals(1, done.getInt("runs"));
        assertEquals(List.of("3:weightKg", "5:pointCode", "6:category", "7:weightKg", "8:-"), fieldsOf(api, id, "station-jj01"));
        assertEquals(3, TonnageLogIT.count(api, point));
        var zh = api.get("api/v1/imports/" + id + "/rejections?size=1&page=1", "station-jj01", "zh-CN").json();
        assertEquals(5, zh.getInt("total"));
        assertTrue(zh.getJsonArray("items").getJsonObject(0).getString("message").contains("投放点"), zh::toString);

        // the upload retried with its client key: the same import, nothing loaded twice
        var retry = api.post("api/v1/imports?recordType=tonnage-logs&clientKey=" + tag + "-f1", "station-jj01", "text/csv", csv, null);
        assertEquals(200, retry.status(), retry::toString);
        assertEquals(id, retry.json().getJsonNumber("id").longValue());
        var otherFile = api.post("api/v1/imports?recordType=tonnage-logs&clientKey=" + tag + "-f1", "station-jj01", "text/csv",
                csv + point + ",RESIDUAL,,5," + TonnageLogIT.hoursAgo(2) + ",\n", null);
        assertEquals(409, otherFile.status(), otherFile::toString);
        assertEquals("clientKey", otherFile.errorFields().get(0));

        // the same file again as a new import: every good row is found stored already
        var again = api.post("api/v1/imports?recordType=tonnage-logs", "station-jj01", "text/csv", csv, null);
        assertEquals(202, again.status(), again::toString);
        JsonObject second = finished(api, again.json().getJsonNumber("id").longValue(), "station-jj01");
        assertEquals(0, second.getInt("accepted"));
        assertEquals(3, second.getInt("alreadyStored"));
        assertEquals(3, TonnageLogIT.count(api, point));

        // a completed import does not restart
        assertEquals(409, api.post("api/v1/imports/" + id + "/restart", "station-jj01", "{}").status());
        assertEquals(409, api.post("api/v1/imports/" + id + "/stop", "station-jj01", "{}").status());
    }

    /**
     * A file that repeats client keys (with the same row, and with another row) and holds refused rows:
     * whatever the rows per transaction, each row's outcome is the same, as if the rows had come one by one.
     */
    @Test
    void aKeyRepeatedInAFileGivesTheSameResultWhateverTheChunkSize() throws Exception {
        Api api = new Api(url);
        Map<Integer, String> outcomes = new java.util.TreeMap<>();
        for (int chunk : new int[] {1, 7, 1000}) {
            String tag = Deployments.uniqueTag();
            String point = new TonnageLogIT().newPoint(api, tag);
            StringBuilder csv = new StringBuilder(TONNAGE_HEADER);
            String at = TonnageLogIT.hoursAgo(2); // once: a row repeated with a later second is another weighing, not a replay
            for (int i = 0; i < 30; i++) {
                int key = i % 11;
                String weight = i % 13 == 12 ? "-1" : String.valueOf(10 + (i % 4 == 3 ? i : key));
                csv.append(point).append(",RESIDUAL,,").append(weight).append(',').append(at).append(',')
                        .append(tag).append("-k").append(key).append('\n');
            }
            var submitted = api.post("api/v1/imports?recordType=tonnage-logs&chunkSize=" + chunk, "station-jj01", "text/csv",
                    csv.toString(), null);
            assertEquals(202, submitted.status(), submitted::toString);
            long id = submitted.json().getJsonNumber("id").longValue();
            JsonObject done = finished(api, id, "station-jj01");
            assertEquals("COMPLETED", done.getString("status"), done::toString);
            long stored = TonnageLogIT.count(api, point);
            assertEquals(done.getInt("accepted"), stored, "every accepted row stored once");
            outcomes.put(chunk, done.getInt("accepted") + " accepted, " + done.getInt("alreadyStored") + " already stored, refused "
                    + fieldsOf(api, id, "station-jj01"));
        }
        assertEquals(outcomes.get(1), outcomes.get(7), outcomes::toString);
        assertEquals(outcomes.get(1), outcomes.get(1000), outcomes::toString);
        assertTrue(outcomes.get(1).contains("clientKey"), "the file reuses a key with another row: " + outcomes);
        assertEquals(400, api.post("api/v1/imports?recordType=tonnage-logs&chunkSize=0", "station-jj01", "text/csv",
                TONNAGE_HEADER, null).status());
    }

    /**
     * The unusual-day rule over an imported file judges each day against the point's complete four weeks
     * before, wherever its history lies in the file: a heavy day listed before its history, loaded a row a
     * transaction, is warned about once the file is in, and an ordinary day is not.
     */
    @Test
    void anImportedDayIsJudgedAgainstItsWholeHistoryWhateverTheOrderOfTheFile() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = new TonnageLogIT().newPoint(api, tag);
        LocalDate heavy = LocalDate.now(CITY).minusDays(1);
        LocalDate ordinary = LocalDate.now(CITY).minusDays(2);
        StringBuilder csv = new StringBuilder(TONNAGE_HEADER);
        csv.append(point).append(",RESIDUAL,,1000,").append(heavy.atTime(10, 0).atOffset(CITY)).append(",\n");
        csv.append(point).append(",RESIDUAL,,110,").append(ordinary.atTime(10, 0).atOffset(CITY)).append(",\n");
        for (int d = 3; d <= 22; d++) {
            csv.append(point).append(",RESIDUAL,,100,").append(heavy.minusDays(d).atTime(10, 0).atOffset(CITY)).append(",\n");
        }
        var submitted = api.post("api/v1/imports?recordType=tonnage-logs&chunkSize=1", "station-jj01", "text/csv", csv.toString(), null);
        assertEquals(202, submitted.status(), submitted::toString);
        JsonObject done = finished(api, submitted.json().getJsonNumber("id").longValue(), "station-jj01");
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        assertEquals(22, done.getInt("accepted"), done::toString);

        List<String> warned = api.get("api/v1/warnings?districtCode=510104&kind=POINT_DAY_UNUSUAL&size=1000&from=" + heavy.minusDays(30)
                + "&to=" + heavy, "bureau", "en").json().getJsonArray("items").stream().map(w -> w.asJsonObject().getString("recordRef"))
                .filter(ref -> ref.startsWith("point " + point + " ")).toList();
        assertEquals(List.of("point " + point + " " + heavy), warned);
    }

    @Test
    void importsAreTheirSubmittersAndTheReadersOfTheWholeCity() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = new TonnageLogIT().newPoint(api, tag);
        var submitted = api.post("api/v1/imports?recordType=tonnage-logs", "station-jj01", "text/csv",
                TONNAGE_HEADER + point + ",RESIDUAL,,40," + TonnageLogIT.hoursAgo(2) + "," + tag + "-s1\n"
                        + "JJ-P999,RESIDUAL,,40," + TonnageLogIT.hoursAgo(2) + ",\n", null);
        long id = submitted.json().getJsonNumber("id").longValue();
        finished(api, id, "station-jj01");
        assertEquals(200, api.get("api/v1/imports/" + id, "bureau").status());
        assertEquals(200, api.get("api/v1/imports/" + id, "admin").status());
        assertEquals(403, api.get("api/v1/imports/" + id, "hauler01").status());
        assertEquals(403, api.get("api/v1/imports/" + id + "/rejections", "officer-jj").status());
        assertEquals(404, api.get("api/v1/imports/999999999", "admin").status());
        assertTrue(api.get("api/v1/imports?size=1000", "station-jj01").json().getJsonArray("items").stream()
                .allMatch(i -> i.asJsonObject().getString("submittedBy").equals("station-jj01")));
        assertTrue(api.get("api/v1/imports?size=1000", "hauler01").json().getJsonArray("items").stream()
                .noneMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id));
        // a point outside the station's scope is refused row by row, like the single-record API
        var foreign = api.post("api/v1/imports?recordType=tonnage-logs", "station-jj01", "text/csv",
                TONNAGE_HEADER + "QY-P001,RESIDUAL,,40," + TonnageLogIT.hoursAgo(2) + ",\n", null);
        JsonObject foreignDone = finished(api, foreign.json().getJsonNumber("id").longValue(), "station-jj01");
        assertEquals(0, foreignDone.getInt("accepted"));
        assertEquals(List.of("2:pointCode"), fieldsOf(api, foreign.json().getJsonNumber("id").longValue(), "station-jj01"));
    }

    @Test
    void aBadRequestIsRefusedWholeAndNothingIsImported() {
        Api api = new Api(url);
        var types = api.get("api/v1/imports/record-types", "station-jj01").array();
        assertEquals(List.of("receipts", "tonnage-logs", "transfers"),
                types.stream().map(t -> t.asJsonObject().getString("recordType")).toList());
        int before = api.get("api/v1/imports?size=1", "admin").json().getInt("total");
        record Case(String why, String user, String query, String body, int status, String field) {
        }
        for (Case c : List.of(
                new Case("no record type", "admin", "", TONNAGE_HEADER, 400, "recordType"),
                new Case("an unknown record type", "admin", "?recordType=manifests", TONNAGE_HEADER, 400, "recordType"),
                new Case("a header lacking a column", "admin", "?recordType=tonnage-logs", "pointCode,category,weightKg\nJJ-P001,KITCHEN,3\n", 400, "header"),
                new Case("a client key too long", "admin", "?recordType=tonnage-logs&clientKey=" + "k".repeat(65), TONNAGE_HEADER, 400, "clientKey"),
                new Case("an unclosed quote", "admin", "?recordType=tonnage-logs", TONNAGE_HEADER + "\"JJ-P001,KITCHEN\n", 400, "body"),
                new Case("station staff importing receipts", "station-jj01", "?recordType=receipts", "x\n", 403, "recordType"),
                new Case("the bureau, which keeps no records", "bureau", "?recordType=tonnage-logs", TONNAGE_HEADER, 403, null))) {
            var reply = api.post("api/v1/imports" + c.query(), c.user(), "text/csv", c.body(), null);
            assertEquals(c.status(), reply.status(), c.why() + ": " + reply);
            assertTrue(reply.isProblem(), c.why());
            if (c.field() != null) {
                assertEquals(c.field(), reply.errorFields().get(0), c.why());
            }
        }
        assertEquals(before, api.get("api/v1/imports?size=1", "admin").json().getInt("total"));
    }

    @Test
    void receiptsAndTransfersAreImportedAtTheOperatorsOwnFacilities() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String yesterday = LocalDate.now(CITY).minusDays(1).toString();
        String at = TonnageLogIT.hoursAgo(20);
        String receipts = "facilityCode,date,category,material,sourceDistrictCode,fromFacilityCode,weightKg,clientKey\n"
                + "QL-KW01," + yesterday + ",KITCHEN,,510104,,8200," + tag + "-r1\n"
                + "WX-INC01," + yesterday + ",RESIDUAL,,510104,,24800," + tag + "-r2\n"
                + "QL-KW01," + yesterday + ",KITCHEN,,519999,,100," + tag + "-r3\n"
                + "QL-KW01," + yesterday + ",KITCHEN,,510104,,-5," + tag + "-r4\n"
                + ",,KITCHEN,,510104,,5," + tag + "-r5\n";
        var r = api.post("api/v1/imports?recordType=receipts", "plant-ql", "text/csv", receipts, null);
        assertEquals(202, r.status(), r::toString);
        long receiptsId = r.json().getJsonNumber("id").longValue();
        JsonObject receiptsDone = finished(api, receiptsId, "plant-ql");
        assertEquals("COMPLETED", receiptsDone.getString("status"));
        assertEquals(1, receiptsDone.getInt("accepted"), () -> fieldsOf(api, receiptsId, "plant-ql").toString());
        assertEquals(List.of("3:facilityCode", "4:sourceDistrictCode", "5:weightKg", "6:facilityCode"),
                fieldsOf(api, receiptsId, "plant-ql"));
        var movements = api.get("api/v1/facilities/QL-KW01/movements?from=" + yesterday + "&to=" + yesterday + "&size=1000", "plant-ql").json();
        assertEquals(1, movements.getJsonArray("items").stream()
                .filter(m -> (tag + "-r1").equals(m.asJsonObject().getString("clientKey", null))).count(), movements::toString);

        String transfers = "fromPointCode,fromFacilityCode,toFacilityCode,material,weightKg,transferredAt,clientKey\n"
                + "JJ-R01,,JJ-SC01,PAPER,1250.5," + at + "," + tag + "-t1\n"
                + "JJ-R01,,JJ-SC01,BATTERY,3," + at + "," + tag + "-t2\n"
                + "JJ-R01,,JJ-SC01,PAPER,1250.5," + at + "," + tag + "-t1\n";
        var t = api.post("api/v1/imports?recordType=transfers", "plant-ql", "text/csv", transfers, null);
        long transfersId = t.json().getJsonNumber("id").longValue();
        JsonObject transfersDone = finished(api, transfersId, "plant-ql");
        assertEquals(1, transfersDone.getInt("accepted"), () -> fieldsOf(api, transfersId, "plant-ql").toString());
        assertEquals(1, transfersDone.getInt("alreadyStored"));
        assertEquals(List.of("3:material"), fieldsOf(api, transfersId, "plant-ql"));
    }
}

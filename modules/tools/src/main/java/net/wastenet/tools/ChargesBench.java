package net.wastenet.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench-charges}: a month's charges on the city-year, against the machine's ceilings in the same run. It records
 * (once; the client keys make it idempotent) a residential per-tonne kitchen-waste tariff with a second version from the
 * month's 16th and a per-household residual tariff, then times the city's district totals, a district's page of
 * community statements, one community's statement and the compensation, each cold and at its best; beside them, the raw
 * SQL that sums the communities' shares for the city and the bare HTTP endpoint. The district totals are checked against
 * the raw SQL's own pricing of the same flat tariffs (each community-version line rounded to the fen), district by district.
 */
final class ChargesBench {
    private static final BigDecimal FIRST_PRICE = new BigDecimal("20.00");
    private static final BigDecimal SECOND_PRICE = new BigDecimal("25.00");
    private static final BigDecimal HOUSEHOLD_PRICE = new BigDecimal("2.50");

    private ChargesBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        YearMonth month = o.containsKey("month") ? YearMonth.parse(o.get("month")) : YearMonth.now(CityYear.CHENGDU).minusMonths(1);
        int repeat = Integer.parseInt(o.getOrDefault("repeat", "3"));
        String district = o.getOrDefault("district", "510104");
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("api-user", "bureau") + ":"
                + o.getOrDefault("api-password", "wastenet")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        LocalDate first = month.atDay(1);
        LocalDate middle = month.atDay(16);
        LocalDate end = month.atEndOfMonth();
        String tag = "bench-" + month;
        post(http, base, auth, "{\"code\":\"BENCH-R-KITCHEN-" + month + "-A\",\"validFrom\":\"" + first + "\",\"producerClass\":\"RESIDENTIAL\","
                + "\"category\":\"KITCHEN\",\"basis\":\"PER_TONNE\",\"priceYuan\":" + FIRST_PRICE + ",\"clientKey\":\"" + tag + "-a\"}");
        post(http, base, auth, "{\"code\":\"BENCH-R-KITCHEN-" + month + "-B\",\"validFrom\":\"" + middle + "\",\"producerClass\":\"RESIDENTIAL\","
                + "\"category\":\"KITCHEN\",\"basis\":\"PER_TONNE\",\"priceYuan\":" + SECOND_PRICE + ",\"clientKey\":\"" + tag + "-b\"}");
        post(http, base, auth, "{\"code\":\"BENCH-R-RESIDUAL-" + month + "\",\"validFrom\":\"" + first + "\",\"producerClass\":\"RESIDENTIAL\","
                + "\"category\":\"RESIDUAL\",\"basis\":\"PER_HOUSEHOLD_MONTH\",\"priceYuan\":" + HOUSEHOLD_PRICE + ",\"clientKey\":\"" + tag + "-h\"}");
        // the producers' tariff (city-producers writes them): 300 a tonne within a 3-tonne month, 450 and 600 in the tiers above
        post(http, base, auth, "{\"code\":\"BENCH-NR-KITCHEN-" + month + "\",\"validFrom\":\"" + first + "\",\"producerClass\":\"NON_RESIDENTIAL\","
                + "\"category\":\"KITCHEN\",\"basis\":\"PER_TONNE\",\"priceYuan\":300,\"quotaKgPerMonth\":3000,"
                + "\"tiers\":[{\"aboveKg\":0,\"priceYuan\":450},{\"aboveKg\":2000,\"priceYuan\":600}],\"clientKey\":\"" + tag + "-nr\"}");
        // compensation rates for the plants' kinds (a district's waste treated in another district's plant pays its host)
        for (String kind : new String[] {"INCINERATION_PLANT", "LANDFILL", "KITCHEN_WASTE_PLANT"}) {
            post(http, base, auth, "/api/v1/compensation-rates", "{\"validFrom\":\"" + first + "\",\"facilityKind\":\"" + kind + "\",\"yuanPerTonne\":60,"
                    + "\"clientKey\":\"" + tag + "-rate-" + kind + "\"}");
        }
        System.out.printf(Locale.ROOT, "charges benchmark: %s on %s, month %s (kitchen waste by weight %s from the 1st, %s from the 16th; "
                + "residual %s a household; producers 300 within 3 t, 450 and 600 above)%n", base, o.get("db"), month, FIRST_PRICE, SECOND_PRICE,
                HOUSEHOLD_PRICE);
        try (Connection db = DriverManager.getConnection(o.get("db"), o.getOrDefault("user", "wastenet"), o.getOrDefault("password", "wastenet"))) {
            String community = firstCommunity(db, district);
            String producer = first(db, "select min(code) from kitchen.producer where district_code = '" + district + "'");
            long pickups = Long.parseLong(first(db, "select count(*) from kitchen.manifest where source_kind = 'PRODUCER' and picked_up_at >= '"
                    + first + "' and picked_up_at < '" + end.plusDays(1) + "'"));
            System.out.printf(Locale.ROOT, "  producers' pickups in the month: %,d%n", pickups);
            String p = "period=" + month;
            String[][] calls = {
                {"city's district totals", "/api/v1/charges/districts?" + p},
                {"district " + district + " totals alone", "/api/v1/charges/districts?" + p + "&districtCode=" + district},
                {"district " + district + ", 50 community statements", "/api/v1/charges/communities?districtCode=" + district + "&" + p + "&size=50"},
                {"community " + community + " statement", "/api/v1/charges/communities/" + community + "?" + p},
                {"district " + district + ", 50 producer statements", "/api/v1/charges/producers?districtCode=" + district + "&" + p + "&size=50"},
                {"producer " + producer + " statement", "/api/v1/charges?producerCode=" + producer + "&" + p},
                {"producer " + producer + " pickups, a page", "/api/v1/charges/records?producerCode=" + producer + "&" + p + "&size=50"},
                {"compensation, every district", "/api/v1/compensation?" + p},
            };
            String districts = null;
            String lineRecords = null;
            for (String[] c : calls) {
                long t0 = System.nanoTime();
                String answer = get(http, base + c[1], auth);
                double cold = (System.nanoTime() - t0) / 1e6;
                double best = Double.MAX_VALUE;
                for (int i = 0; i < repeat; i++) {
                    long t1 = System.nanoTime();
                    get(http, base + c[1], auth);
                    best = Math.min(best, (System.nanoTime() - t1) / 1e6);
                }
                if (districts == null) {
                    districts = answer;
                }
                System.out.printf(Locale.ROOT, "  %-40s api %8.1f ms (first %8.1f)%n", c[0], best, cold);
                if (c[1].startsWith("/api/v1/compensation")) {
                    lineRecords = answer;
                }
            }
            // a compensation line's records, as the district page reads them: the line's own link (the payer's scope at the plant)
            Matcher link = Pattern.compile("\"records\":\"([^\"]+)\"").matcher(lineRecords == null ? "" : lineRecords);
            if (link.find()) {
                String path = link.group(1) + "&size=1000";
                double best = Double.MAX_VALUE;
                for (int i = 0; i <= repeat; i++) {
                    long t1 = System.nanoTime();
                    get(http, base + path, auth);
                    best = Math.min(best, (System.nanoTime() - t1) / 1e6);
                }
                System.out.printf(Locale.ROOT, "  %-40s api %8.1f ms (%s)%n", "a compensation line's records", best, path);
            }
            double sqlMs = Double.MAX_VALUE;
            Map<String, BigDecimal> expected = null;
            for (int i = 0; i < repeat; i++) {
                long t = System.nanoTime();
                expected = rawSql(db, first, middle, end);
                sqlMs = Math.min(sqlMs, (System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "  %-40s raw SQL %5.1f ms (the city's community shares, priced and summed in the database)%n",
                    "city's district totals", sqlMs);
            double producerSql = Double.MAX_VALUE;
            for (int i = 0; i < repeat; i++) {
                long t = System.nanoTime();
                first(db, "select count(*) from (select source_code, sum(weight_kg) from kitchen.manifest where source_kind = 'PRODUCER' "
                        + "and picked_up_at >= '" + first + "' and picked_up_at < '" + end.plusDays(1) + "' group by source_code) x");
                producerSql = Math.min(producerSql, (System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "  %-40s raw SQL %5.1f ms (each producer's month summed in the database)%n", "producers' month", producerSql);
            double bare = Double.MAX_VALUE;
            for (int i = 0; i < 50; i++) {
                long t = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/diagnostics/echo")).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"ping\":1}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                bare = Math.min(bare, (System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "bare HTTP endpoint (POST /diagnostics/echo, best of 50): %.1f ms%n", bare);
            Map<String, BigDecimal> answered = new TreeMap<>();
            Matcher m = Pattern.compile("\"districtCode\":\"(\\d+)\"[^}]*?\"residentialYuan\":([0-9.]+)").matcher(districts);
            while (m.find()) {
                answered.put(m.group(1), new BigDecimal(m.group(2)));
            }
            int equal = 0;
            for (var e : expected.entrySet()) {
                BigDecimal a = answered.get(e.getKey());
                if (a != null && a.compareTo(e.getValue()) == 0) {
                    equal++;
                } else {
                    System.out.printf(Locale.ROOT, "  DIFFERENT %s: api %s, raw SQL %s%n", e.getKey(), a, e.getValue());
                }
            }
            System.out.printf(Locale.ROOT, "residential totals equal to the raw SQL: %d/%d districts%n", equal, expected.size());
            if (equal != expected.size()) {
                System.exit(1);
            }
        }
    }

    /**
     * Each district's residential charges priced by SQL alone, for the benchmark's flat tariffs: a community's share of
     * each point-day (kg × households ÷ the households the point serves, to the gram), per version, each line to the fen;
     * and households × price × days in service ÷ the month's days, to the fen.
     */
    static Map<String, BigDecimal> rawSql(Connection db, LocalDate first, LocalDate middle, LocalDate end) throws Exception {
        String served = "select pc.point_id, c.code, c.district_code, c.households from points.point_community pc "
                + "join points.community c on c.code = pc.community_code join points.collection_point p on p.id = pc.point_id "
                + "where c.active_from <= ? and p.active_from <= ? and c.households > 0";
        String sql = "select district_code, sum(yuan) from ("
                + " select district_code, round(sum(kg) * case when part = 1 then ? else ? end / 1000, 2) as yuan from ("
                + "  select s.code, s.district_code, case when d.weighed_on >= ? then 1 else 0 end as part,"
                + "   round(d.kg * s.households / h.households, 3) as kg"
                + "  from (select l.point_id, l.weighed_on, sum(l.weight_kg) as kg from points.tonnage_log l"
                + "   where l.category = 'KITCHEN' and l.weighed_on >= ? and l.weighed_on <= ? group by l.point_id, l.weighed_on) d"
                + "  join (" + served + ") s on s.point_id = d.point_id"
                + "  join (select x.point_id, sum(x.households) as households from (" + served + ") x group by x.point_id) h on h.point_id = d.point_id"
                + " ) shares group by code, district_code, part"
                + " union all"
                + " select c.district_code, round(c.households * ? * (? - greatest(c.active_from, ?) + 1) / ?, 2) from points.community c"
                + " where c.active_from <= ? and c.households > 0"
                + ") lines group by district_code";
        Map<String, BigDecimal> out = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            Object[] values = {SECOND_PRICE, FIRST_PRICE, middle, first, end, end, end, end, end, HOUSEHOLD_PRICE, end, first,
                end.getDayOfMonth(), end};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getBigDecimal(2).setScale(2, RoundingMode.UNNECESSARY));
                }
            }
        }
        return out;
    }

    private static String first(Connection db, String sql) throws java.sql.SQLException {
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static String firstCommunity(Connection db, String district) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select min(code) from points.community where district_code = ?")) {
            s.setString(1, district);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static void post(HttpClient http, String base, String auth, String body) throws Exception {
        post(http, base, auth, "/api/v1/tariffs", body);
    }

    private static void post(HttpClient http, String base, String auth, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .timeout(java.time.Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}

package net.wastenet.tools;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator queries against the raw SQL aggregate over the base tables (docs/performance.md): for the
 * city and every district, for a month, a quarter and the year, {@code GET /api/v1/indicators} is timed
 * against one SQL statement per quantity over the modules' own tables (movements, facilities,
 * treatments, points, their statuses and categories, the weighings), run on the same database. The
 * figures must be equal: C, R, I, L, K for the city, C for a district (R, I, L, K of a district are
 * attributed shares, not a plain sum), covered and total communities and households everywhere.
 *
 * <p>{@code bench-indicators --base http://localhost:9080 --db JDBC_URL [--user U --password P]
 * [--last-day 2026-11-27] [--days 365] [--scopes 24] [--repeat 2]}: each query is asked once, then
 * {@code repeat} more times (the best of those counts); the SQL runs {@code repeat} times (the best counts).
 */
final class IndicatorBench {
    static final List<String> NEW_WASTE = List.of("POINT", "DISTRICT", "PRODUCER");

    record Period(String kind, LocalDate from, LocalDate to) {
    }

    record Timing(String scope, Period period, double apiMs, double apiColdMs, double sqlMs, boolean equal, String difference) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        LocalDate last = o.containsKey("last-day") ? LocalDate.parse(o.get("last-day")) : LocalDate.now(CityYear.CHENGDU).minusDays(1);
        int days = Integer.parseInt(o.getOrDefault("days", "365"));
        int repeat = Integer.parseInt(o.getOrDefault("repeat", "2"));
        YearMonth month = YearMonth.from(last.plusDays(1)).minusMonths(1);
        YearMonth quarterEnd = YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 3);
        if (quarterEnd.atEndOfMonth().isAfter(last)) {
            quarterEnd = quarterEnd.minusMonths(3);
        }
        List<Period> periods = List.of(new Period("month", month.atDay(1), month.atEndOfMonth()),
                new Period("quarter", quarterEnd.minusMonths(2).atDay(1), quarterEnd.atEndOfMonth()),
                new Period("year", last.minusDays(days - 1L), last));
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("api-user", "bureau") + ":"
                + o.getOrDefault("api-password", "wastenet")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> scopes = new ArrayList<>();
        scopes.add("CITY");
        try (Connection db = DriverManager.getConnection(o.get("db"), o.getOrDefault("user", "wastenet"), o.getOrDefault("password", "wastenet"))) {
            try (PreparedStatement s = db.prepareStatement("select code from points.district order by code"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    scopes.add(r.getString(1));
                }
            }
            int limit = Integer.parseInt(o.getOrDefault("scopes", String.valueOf(scopes.size())));
            List<String> chosen = scopes.subList(0, Math.min(limit, scopes.size()));
            System.out.printf(Locale.ROOT, "indicator benchmark: %s against raw SQL on %s; %d scopes x %s%n", base, o.get("db"), chosen.size(),
                    periods.stream().map(p -> p.kind() + " " + p.from() + ".." + p.to()).toList());
            List<Timing> timings = new ArrayList<>();
            for (Period p : periods) {
                for (String scope : chosen) {
                    String url = base + "/api/v1/indicators?scope=" + scope + "&from=" + p.from() + "&to=" + p.to();
                    long t0 = System.nanoTime();
                    String cold = get(http, url, auth);
                    double coldMs = (System.nanoTime() - t0) / 1e6;
                    double apiMs = Double.MAX_VALUE;
                    String answer = cold;
                    for (int i = 0; i < repeat; i++) {
                        long t1 = System.nanoTime();
                        answer = get(http, url, auth);
                        apiMs = Math.min(apiMs, (System.nanoTime() - t1) / 1e6);
                    }
                    Map<String, BigDecimal> sql = null;
                    double sqlMs = Double.MAX_VALUE;
                    for (int i = 0; i < repeat; i++) {
                        long t2 = System.nanoTime();
                        sql = rawSql(db, "CITY".equals(scope) ? null : scope, p.from(), p.to());
                        sqlMs = Math.min(sqlMs, (System.nanoTime() - t2) / 1e6);
                    }
                    String difference = compare(answer, sql);
                    timings.add(new Timing(scope, p, apiMs, coldMs, sqlMs, difference.isEmpty(), difference));
                    System.out.printf(Locale.ROOT, "  %-7s %-7s api %8.1f ms (first %8.1f)   raw SQL %9.1f ms   x%7.1f   %s%n", p.kind(), scope, apiMs,
                            coldMs, sqlMs, sqlMs / apiMs, difference.isEmpty() ? "equal" : "DIFFERENT " + difference);
                }
            }
            // the machine's own HTTP ceiling in the same run: the same sign-in and JSON, no database (POST /diagnostics/echo)
            double bare = Double.MAX_VALUE;
            for (int i = 0; i < 50; i++) {
                long t = System.nanoTime();
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/diagnostics/echo")).header("Authorization", auth)
                        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ping\":1}")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                bare = Math.min(bare, (System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "bare HTTP endpoint (POST /diagnostics/echo, best of 50): %.1f ms%n", bare);
            boolean allEqual = true;
            for (Period p : periods) {
                List<Timing> ts = timings.stream().filter(t -> t.period().equals(p)).toList();
                double apiP50 = median(ts.stream().mapToDouble(Timing::apiMs).toArray());
                double apiMax = ts.stream().mapToDouble(Timing::apiMs).max().orElse(0);
                double sqlP50 = median(ts.stream().mapToDouble(Timing::sqlMs).toArray());
                double minRatio = ts.stream().mapToDouble(t -> t.sqlMs() / t.apiMs()).min().orElse(0);
                long equal = ts.stream().filter(Timing::equal).count();
                allEqual &= equal == ts.size();
                System.out.printf(Locale.ROOT, "%-7s api p50 %7.1f ms, max %7.1f ms (goal < 200)   raw SQL p50 %8.1f ms   speed-up p50 x%.1f, worst x%.1f (goal >= 20)   equal %d/%d%n",
                        p.kind(), apiP50, apiMax, sqlP50, sqlP50 / apiP50, minRatio, equal, ts.size());
            }
            if (!allEqual) {
                System.out.println("indicator benchmark: FIGURES DIFFER from the raw SQL");
                System.exit(1);
            }
        }
    }

    /** The first row of a statement's answer, every column a number. */
    static List<BigDecimal> firstRow(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                List<BigDecimal> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getBigDecimal(i));
                }
                return row;
            }
        }
    }

    static String get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static double median(double[] v) {
        java.util.Arrays.sort(v);
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    /** The API's figures against the SQL's: an empty string when every figure the SQL computed is equal. */
    static String compare(String answer, Map<String, BigDecimal> sql) {
        StringBuilder diff = new StringBuilder();
        for (var e : sql.entrySet()) {
            Matcher m = Pattern.compile("\"" + e.getKey() + "\":(-?[0-9.]+)").matcher(answer);
            BigDecimal api = m.find() ? new BigDecimal(m.group(1)) : null;
            if (api == null || api.compareTo(e.getValue()) != 0) {
                diff.append(e.getKey()).append(" api=").append(api).append(" sql=").append(e.getValue()).append("; ");
            }
        }
        return diff.toString();
    }

    /** The quantities straight from the base tables, as docs/indicators.md defines them. */
    static Map<String, BigDecimal> rawSql(Connection db, String district, LocalDate from, LocalDate to) throws SQLException {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        String newWaste = "m.source_kind in ('POINT', 'DISTRICT', 'PRODUCER')";
        String flows = "select "
                + "coalesce(sum(case when " + newWaste + " and t.kind in ('KITCHEN_WASTE_PLANT', 'INCINERATION_PLANT', 'LANDFILL', "
                + "'HAZARDOUS_WASTE_FACILITY') then m.weight_kg end), 0), "
                + "coalesce(sum(case when t.kind = 'RECYCLING_PROCESSOR' and (" + newWaste + " or (m.source_kind = 'FACILITY' and "
                + "f.kind = 'SORTING_CENTRE' and not m.residue)) then m.weight_kg end), 0), "
                + "coalesce(sum(case when t.kind = 'INCINERATION_PLANT' then m.weight_kg end), 0), "
                + "coalesce(sum(case when t.kind = 'LANDFILL' then m.weight_kg end), 0) "
                + "from recyclables.movement m join recyclables.facility t on t.id = m.to_facility_id "
                + "left join recyclables.facility f on f.id = m.from_facility_id "
                + "where m.kind = 'RECEIPT' and m.moved_on between ? and ?";
        if (district != null) {
            // a district's own C: new waste carried from it (its R, I, L, K are shares of flows, not a plain sum)
            out.put("collectedKg", firstRow(db, flows + " and m.source_district_code = ? and " + newWaste, from, to, district).get(0));
        } else {
            List<BigDecimal> sums = firstRow(db, flows, from, to);
            out.put("collectedKg", sums.get(0));
            out.put("recoveredKg", sums.get(1));
            out.put("incineratedKg", sums.get(2));
            out.put("landfilledKg", sums.get(3));
            out.put("kitchenTreatedKg", firstRow(db, "select coalesce(sum(input_kg - impurities_kg), 0) from kitchen.treatment "
                    + "where treated_on between ? and ?", from, to).get(0));
        }
        String inDistrict = district == null ? "" : " and p.district_code = '" + district.replaceAll("\\D", "") + "'";
        String communityInDistrict = district == null ? "" : " and c.district_code = '" + district.replaceAll("\\D", "") + "'";
        // a point is active on some day of the period: its status on the first day it existed in the period is ACTIVE,
        // or it became ACTIVE again within the period
        String active = "select p.id from points.collection_point p where p.active_from <= ?" + inDistrict + " and ("
                + "coalesce((select s.status from points.point_status_change s where s.point_id = p.id and s.effective_from <= "
                + "case when p.active_from > ? then p.active_from else ? end order by s.effective_from desc, s.id desc fetch first 1 row only), "
                + "'ACTIVE') = 'ACTIVE' or exists (select 1 from points.point_status_change s where s.point_id = p.id and s.status = 'ACTIVE' "
                + "and s.effective_from > ? and s.effective_from <= ?))";
        // set-based: the categories of each community's active points, the communities with kitchen waste logged at one of them
        String coverage = "with active as (" + active + "), "
                + "categories as (select pc.community_code, count(distinct pcat.category) as n from points.point_community pc "
                + "  join active a on a.id = pc.point_id join points.point_category pcat on pcat.point_id = a.id group by pc.community_code), "
                + "kitchen as (select distinct pc.community_code from points.point_community pc join active a on a.id = pc.point_id "
                + "  where exists (select 1 from points.tonnage_log l where l.point_id = a.id and l.weighed_on between ? and ? "
                + "  and l.category = 'KITCHEN')) "
                + "select count(*), coalesce(sum(c.households), 0), "
                + "coalesce(sum(case when g.n = 4 and k.community_code is not null then 1 else 0 end), 0), "
                + "coalesce(sum(case when g.n = 4 and k.community_code is not null then c.households else 0 end), 0) "
                + "from points.community c left join categories g on g.community_code = c.code "
                + "left join kitchen k on k.community_code = c.code where c.active_from <= ?" + communityInDistrict;
        List<BigDecimal> c = firstRow(db, coverage, to, from, from, from, to, from, to, to);
        out.put("communities", c.get(0));
        out.put("households", c.get(1));
        out.put("coveredCommunities", c.get(2));
        out.put("coveredHouseholds", c.get(3));
        return out;
    }
}

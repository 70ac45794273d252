package net.wastenet.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code city-producers}: the city-year's non-residential producers (restaurants, canteens, markets) and a month of their
 * weighed pickups (收运联单, delivered at the kitchen-waste plants), so that the producers' charges are measured at the
 * city's scale (docs/performance.md, "Charges of a month"). Written with JDBC batches into a PostgreSQL city-year that
 * has none yet: deterministic from the seed, a tenth of the producers above a 3-tonne month. The pickups carry no
 * receipts: the indicators count the plants' weighbridges, which the city-year already holds.
 */
public final class CityProducers {
    static final String PREFIX = "CP-";

    private CityProducers() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        int producers = Integer.parseInt(o.getOrDefault("producers", "20000"));
        YearMonth month = YearMonth.parse(o.getOrDefault("month", "2026-10"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(o.getOrDefault("seed", "2026")));
        long t0 = System.nanoTime();
        try (Connection db = DriverManager.getConnection(o.get("db"), o.getOrDefault("user", "wastenet"), o.getOrDefault("password", "wastenet"))) {
            db.setAutoCommit(false);
            if (count(db, "select count(*) from kitchen.producer where code like '" + PREFIX + "%'") > 0) {
                throw new IllegalStateException("the city-year's producers are there already (codes " + PREFIX + "…)");
            }
            List<String[]> districts = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select code, central_city from points.district order by code")) {
                while (r.next()) {
                    districts.add(new String[] {r.getString(1), String.valueOf(r.getBoolean(2))});
                }
            }
            List<String> plants = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("select code from recyclables.facility where kind = 'KITCHEN_WASTE_PLANT' order by code")) {
                while (r.next()) {
                    plants.add(r.getString(1));
                }
            }
            if (districts.isEmpty() || plants.isEmpty()) {
                throw new IllegalStateException("no districts or kitchen-waste plants: run city-year first");
            }
            // ids above everything the server has allocated; the sequence is moved past them at the end
            long id = count(db, "select coalesce(max(id), 0) from kitchen.manifest") + count(db, "select nextval('kitchen.id_seq')") + 1_000;
            LocalDateTime created = month.atDay(1).minusYears(1).atTime(9, 0);
            try (PreparedStatement h = db.prepareStatement("insert into kitchen.hauler (id, code, name, created_at, created_by) values (?,?,?,?,?)");
                 PreparedStatement v = db.prepareStatement("insert into kitchen.vehicle (id, code, hauler_code, capacity_kg, created_at, created_by) "
                         + "values (?,?,?,?,?,?)")) {
                CityYear.row(h, id++, "CP-HAULER", "城市餐厨收运（基准）", Timestamp.valueOf(created), "city-producers");
                CityYear.row(v, id++, "CP-TRUCK", "CP-HAULER", new BigDecimal("8000"), Timestamp.valueOf(created), "city-producers");
                h.executeBatch();
                v.executeBatch();
            }
            double weights = districts.stream().mapToDouble(d -> Boolean.parseBoolean(d[1]) ? 2.0 : 1.0).sum();
            String[] kinds = {"RESTAURANT", "RESTAURANT", "RESTAURANT", "CANTEEN", "MARKET"};
            long manifests = 0;
            try (PreparedStatement p = db.prepareStatement("insert into kitchen.producer (id, code, name, kind, district_code, active_from, "
                    + "created_at, created_by) values (?,?,?,?,?,?,?,?)");
                 PreparedStatement m = db.prepareStatement("insert into kitchen.manifest (id, manifest_no, source_kind, source_code, "
                         + "source_district_code, material, hauler_code, vehicle_code, weight_kg, picked_up_at, signed_by, status, facility_code, "
                         + "delivered_kg, delivered_at, confirmed_by, discrepancy_kg, discrepancy_flag, request_hash, created_at, version) "
                         + "values (?,?,'PRODUCER',?,?,?,'CP-HAULER','CP-TRUCK',?,?,'city-producers','DELIVERED',?,?,?,'city-producers',0,false,'city-producers',?,1)")) {
                int n = 0;
                for (int d = 0; d < districts.size(); d++) {
                    String district = districts.get(d)[0];
                    int here = d == districts.size() - 1 ? producers - n
                            : (int) Math.round(producers * (Boolean.parseBoolean(districts.get(d)[1]) ? 2.0 : 1.0) / weights);
                    for (int k = 0; k < here && n < producers; k++, n++) {
                        String code = String.format(Locale.ROOT, "%s%06d", PREFIX, n + 1);
                        String kind = kinds[random.nextInt(kinds.length)];
                        CityYear.row(p, id++, code, "餐饮单位 " + (n + 1), kind, district, month.atDay(1).minusYears(1), Timestamp.valueOf(created),
                                "city-producers");
                        // a restaurant's day: about 40 kg (10 to 120); one producer in ten (canteens, big kitchens) about 150 kg
                        double mean = random.nextInt(10) == 0 ? 150 : 40;
                        String plant = plants.get(d % plants.size());
                        for (int day = 1; day <= month.lengthOfMonth(); day++) {
                            double kg = Math.max(5, mean * (0.25 + 1.5 * random.nextDouble()));
                            LocalDateTime at = month.atDay(day).atTime(20 + random.nextInt(3), random.nextInt(60));
                            BigDecimal weight = BigDecimal.valueOf(kg).setScale(1, RoundingMode.HALF_UP).setScale(3);
                            CityYear.row(m, id++, String.format(Locale.ROOT, "CP%s%06d", month.atDay(day).toString().replace("-", ""), n + 1), code,
                                    district, "CATERING", weight, Timestamp.valueOf(at), plant, weight, Timestamp.valueOf(at.plusHours(2)),
                                    Timestamp.valueOf(at));
                            manifests++;
                        }
                        if (n % 200 == 199) {
                            p.executeBatch();
                            m.executeBatch();
                            db.commit();
                        }
                    }
                }
                p.executeBatch();
                m.executeBatch();
            }
            try (Statement s = db.createStatement()) {
                s.execute("select setval('kitchen.id_seq', " + (id + 1_000) + ")");
                s.execute("analyze kitchen.producer");
                s.execute("analyze kitchen.manifest");
            }
            db.commit();
            System.out.printf(Locale.ROOT, "city-producers: %,d producers, %,d pickups in %s, in %.1f s%n", producers, manifests, month,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}

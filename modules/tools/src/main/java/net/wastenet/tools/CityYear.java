package net.wastenet.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * The city-year generator: a deterministic synthetic Chengdu written straight into the tables of an
 * empty WasteNet database, with JDBC batches: the 23 districts' communities and points (15,000 and
 * 30,000 at scale 1), a year of station weighings (about 10 million at scale 1) with their first
 * revisions, the facilities (a sorting centre per district, processors, incineration and kitchen-waste
 * plants, landfills, a hazardous-waste facility), every day's flows between them, the kitchen-waste
 * plants' treatments, and the reporting read model's facts for all of it, exactly as the modules'
 * event observers would have written them, so the server starts on it without a rebuild.
 *
 * <p>The same seed, scale and last day give the same city. The year ends yesterday (Chengdu time), so
 * the dashboards show it as the current year. Manifests, warnings, returns and the audit trail of the
 * history are not generated (the generator leaves one audit entry saying what it wrote).
 */
public final class CityYear {
    static final ZoneId CHENGDU = ZoneId.of("Asia/Shanghai");
    static final long FIRST_ID = 1_000_000L;
    static final int BATCH = 1_000;
    static final String BY = "citygen";
    /** A truckload: every movement is one weighed load (the schema allows at most 100 t). */
    static final BigDecimal TRUCK = new BigDecimal("15000.000");

    final Connection db;
    final Settings settings;
    final SplittableRandom random;
    final LocalDate from;
    final LocalDate to;
    long pointIds = FIRST_ID;
    long facilityIds = FIRST_ID;
    long kitchenIds = FIRST_ID;
    /** Weighings added to the batches and not yet sent. */
    int inBatch;
    final Map<String, Long> counts = new LinkedHashMap<>();

    record Settings(String url, String user, String password, double scale, long seed, int days, LocalDate lastDay) {
        static Settings parse(String[] args) {
            Map<String, String> o = Options.parse(args);
            double scale = Double.parseDouble(o.getOrDefault("scale", "1.0"));
            int days = Integer.parseInt(o.getOrDefault("days", "365"));
            if (scale <= 0 || scale > 4 || days < 1 || days > 3660) {
                throw new IllegalArgumentException("--scale must be in (0, 4] and --days in [1, 3660]");
            }
            return new Settings(
                    o.getOrDefault("db", "jdbc:h2:./modules/app/target/liberty/wlp/usr/servers/wastenet/data/wastenet"),
                    o.getOrDefault("user", "wastenet"), o.getOrDefault("password", "wastenet"), scale,
                    Long.parseLong(o.getOrDefault("seed", "2026")), days,
                    o.containsKey("last-day") ? LocalDate.parse(o.get("last-day")) : LocalDate.now(CHENGDU).minusDays(1));
        }

        int communities() {
            return Math.max(23, (int) Math.round(15_000 * scale));
        }
    }

    record District(String code, boolean central, int index) {
    }

    record Community(String code, String district, int households, boolean noKitchen, boolean noHazardous, long pointA, long pointB,
                     String codeA, String codeB, LocalDate suspendedFrom) {
    }

    record Facility(long id, String code, String kind, String district) {
    }

    CityYear(Connection db, Settings settings) {
        this.db = db;
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.to = settings.lastDay();
        this.from = to.minusDays(settings.days() - 1L);
    }

    /**
     * The URL as the generator connects: PostgreSQL with its batches rewritten into multi-row inserts; H2 with
     * VALUE usable as a column name, as the server's H2 URL has it (the batch job repository has such a column).
     */
    static String connectable(String url) {
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("NON_KEYWORDS")) {
            return url + ";NON_KEYWORDS=VALUE";
        }
        return url;
    }

    /**
     * The schema as the server migrates it (DatabaseStartup.configure): every module's SQL and the migrations of
     * this database (sql/by-database), so that a server started on the generated city finds every migration applied.
     */
    static void migrate(String url, String user, String password) {
        String database = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration", "classpath:db/by-database/" + database)
                .load().migrate();
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.parse(args);
        String url = connectable(s.url());
        System.out.printf(Locale.ROOT, "city-year: %s, scale %.3f (%,d communities, %,d points), %d days to %s, seed %d%n",
                s.url(), s.scale(), s.communities(), 2 * s.communities(), s.days(), s.lastDay(), s.seed());
        migrate(url, s.user(), s.password());
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, s.user(), s.password())) {
            c.setAutoCommit(false);
            new CityYear(c, s).generate();
        }
        System.out.printf(Locale.ROOT, "city-year: done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    void generate() throws SQLException {
        if (count("select count(*) from points.collection_point") > 0) {
            throw new IllegalStateException("the database already holds points: the generator writes into an empty network only "
                    + "(start from a new database, or one the server migrated with the demo off)");
        }
        List<District> districts = districts();
        List<Community> communities = network(districts);
        Map<String, List<Facility>> facilities = facilities(districts);
        days(districts, communities, facilities);
        finish();
        counts.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-22s %,12d%n", k, v));
    }

    List<District> districts() throws SQLException {
        List<District> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select code, central_city from points.district order by code")) {
            while (r.next()) {
                out.add(new District(r.getString(1), r.getBoolean(2), out.size()));
            }
        }
        return out;
    }

    /** Communities spread over the districts (the central city twice as dense), two points each. */
    List<Community> network(List<District> districts) throws SQLException {
        int total = settings.communities();
        double weights = districts.stream().mapToDouble(d -> d.central() ? 2.0 : 1.0).sum();
        List<Community> out = new ArrayList<>(total);
        LocalDate activeFrom = from.minusYears(1);
        LocalDateTime at = activeFrom.atTime(9, 0);
        Progress progress = new Progress("network", total, System.err);
        try (PreparedStatement community = db.prepareStatement("insert into points.community (id, code, name, district_code, street, "
                + "households, residents, active_from, created_at, created_by, version) values (?,?,?,?,?,?,?,?,?,?,1)");
             PreparedStatement point = db.prepareStatement("insert into points.collection_point (id, code, name, kind, district_code, "
                     + "latitude, longitude, active_from, created_at, created_by, version) values (?,?,?,?,?,?,?,?,?,?,1)");
             PreparedStatement category = db.prepareStatement("insert into points.point_category (point_id, category) values (?,?)");
             PreparedStatement serves = db.prepareStatement("insert into points.point_community (point_id, community_code) values (?,?)");
             PreparedStatement status = db.prepareStatement("insert into points.point_status_change (id, point_id, status, effective_from, "
                     + "reason, recorded_at, recorded_by) values (?,?,?,?,?,?,?)")) {
            int made = 0;
            for (int di = 0; di < districts.size(); di++) {
                District d = districts.get(di);
                int n = di == districts.size() - 1 ? total - made
                        : (int) Math.round(total * (d.central() ? 2.0 : 1.0) / weights);
                n = Math.max(1, Math.min(n, total - made - (districts.size() - 1 - di)));
                for (int i = 1; i <= n; i++) {
                    String code = "C" + d.code() + String.format(Locale.ROOT, "%05d", i);
                    int households = 600 + random.nextInt(3_000);
                    boolean noKitchen = random.nextInt(100) < 3;
                    boolean noHazardous = random.nextInt(100) < 5;
                    LocalDate suspended = random.nextInt(100) == 0 ? from.plusDays(random.nextInt(settings.days())) : null;
                    long cid = pointIds++;
                    row(community, cid, code, "社区 " + d.code() + "-" + i, d.code(), "街道 " + (1 + i / 40), households,
                            households * 26 / 10, activeFrom, at, BY);
                    long a = pointIds++;
                    long b = pointIds++;
                    double lat = 30.30 + (d.index() % 6) * 0.1 + random.nextDouble() * 0.09;
                    double lon = 103.60 + (d.index() / 6) * 0.2 + random.nextDouble() * 0.19;
                    addPoint(point, a, "P" + code.substring(1) + "A", "分类投放点 " + code, "SORTING_POINT", d.code(), lat, lon, activeFrom, at);
                    addPoint(point, b, "P" + code.substring(1) + "B", "收集站 " + code, "COLLECTION_STATION", d.code(), lat + 0.001, lon + 0.001,
                            activeFrom, at);
                    for (String cat : List.of("KITCHEN", "RESIDUAL", "RECYCLABLE")) {
                        row(category, a, cat);
                    }
                    for (String cat : noHazardous ? List.of("RECYCLABLE") : List.of("RECYCLABLE", "HAZARDOUS")) {
                        row(category, b, cat);
                    }
                    for (long p : new long[] {a, b}) {
                        row(serves, p, code);
                        addStatus(status, p, "ACTIVE", activeFrom, "registered", at);
                    }
                    if (suspended != null) {
                        addStatus(status, a, "SUSPENDED", suspended, "renovation", suspended.atTime(8, 0));
                    }
                    out.add(new Community(code, d.code(), households, noKitchen, noHazardous, a, b, "P" + code.substring(1) + "A",
                            "P" + code.substring(1) + "B", suspended));
                    made++;
                    if (made % 500 == 0) {
                        execute(community, point, category, serves, status);
                        db.commit();
                    }
                    progress.add(1);
                }
            }
            execute(community, point, category, serves, status);
            db.commit();
        }
        progress.finish();
        counts.put("communities", (long) out.size());
        counts.put("points", 2L * out.size());
        return out;
    }

    private void addPoint(PreparedStatement p, long id, String code, String name, String kind, String district, double lat, double lon,
                          LocalDate activeFrom, LocalDateTime at) throws SQLException {
        row(p, id, code, name, kind, district, BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP),
                BigDecimal.valueOf(lon).setScale(6, RoundingMode.HALF_UP), activeFrom, at, BY);
    }

    private void addStatus(PreparedStatement s, long point, String status, LocalDate day, String reason, LocalDateTime at) throws SQLException {
        row(s, pointIds++, point, status, day, reason, at, BY);
    }

    /** A sorting centre per district; for the city processors, incineration, kitchen-waste plants, landfills, hazardous waste. */
    Map<String, List<Facility>> facilities(List<District> districts) throws SQLException {
        Map<String, List<Facility>> byKind = new LinkedHashMap<>();
        LocalDate activeFrom = from.minusYears(1);
        LocalDateTime at = activeFrom.atTime(9, 0);
        try (PreparedStatement f = db.prepareStatement("insert into recyclables.facility (id, code, name, kind, district_code, latitude, "
                + "longitude, active_from, created_at, created_by, version) values (?,?,?,?,?,?,?,?,?,?,1)");
             PreparedStatement cap = db.prepareStatement("insert into recyclables.capacity_change (id, facility_id, effective_from, "
                     + "tonnes_per_day, reason, recorded_at, recorded_by) values (?,?,?,?,?,?,?)");
             PreparedStatement mat = db.prepareStatement("insert into recyclables.facility_material (facility_id, material) values (?,?)")) {
            double city = settings.scale();
            for (District d : districts) {
                add(byKind, f, cap, mat, "SORTING_CENTRE", "GSC-" + d.code(), "分拣中心 " + d.code(), d.code(), 60 * city + 5,
                        List.of("PAPER", "PLASTIC", "GLASS", "METAL"), activeFrom, at);
            }
            for (int i = 1; i <= 4; i++) {
                add(byKind, f, cap, mat, "RECYCLING_PROCESSOR", "GRP-" + i, "再生资源加工厂 " + i, districts.get(i * 5 % districts.size()).code(),
                        600 * city + 10, List.of("PAPER", "PLASTIC", "GLASS", "METAL"), activeFrom, at);
            }
            for (int i = 1; i <= 6; i++) {
                add(byKind, f, cap, mat, "INCINERATION_PLANT", "GINC-" + i, "焚烧发电厂 " + i, districts.get(i * 3 % districts.size()).code(),
                        1_600 * city + 20, List.of(), activeFrom, at);
            }
            for (int i = 1; i <= 4; i++) {
                add(byKind, f, cap, mat, "KITCHEN_WASTE_PLANT", "GKW-" + i, "厨余垃圾处理厂 " + i, districts.get(i * 4 % districts.size()).code(),
                        1_500 * city + 20, List.of("HOUSEHOLD_KITCHEN", "CATERING", "OTHER_KITCHEN"), activeFrom, at);
            }
            for (int i = 1; i <= 2; i++) {
                add(byKind, f, cap, mat, "LANDFILL", "GLF-" + i, "卫生填埋场 " + i, districts.get(i * 7 % districts.size()).code(),
                        800 * city + 10, List.of(), activeFrom, at);
            }
            add(byKind, f, cap, mat, "HAZARDOUS_WASTE_FACILITY", "GHW-1", "危险废物处置中心", districts.get(9 % districts.size()).code(),
                    50 * city + 1, List.of("BATTERY", "LAMP", "MEDICINE", "PAINT", "PESTICIDE"), activeFrom, at);
            execute(f, cap, mat);
            db.commit();
        }
        counts.put("facilities", byKind.values().stream().mapToLong(List::size).sum());
        return byKind;
    }

    private void add(Map<String, List<Facility>> byKind, PreparedStatement f, PreparedStatement cap, PreparedStatement mat, String kind,
                     String code, String name, String district, double tonnesPerDay, List<String> materials, LocalDate activeFrom,
                     LocalDateTime at) throws SQLException {
        long id = facilityIds++;
        row(f, id, code, name, kind, district, new BigDecimal("30.600000"), new BigDecimal("104.000000"), activeFrom, at, BY);
        row(cap, facilityIds++, id, activeFrom, BigDecimal.valueOf(tonnesPerDay).setScale(2, RoundingMode.HALF_UP), "design capacity", at, BY);
        for (String m : materials) {
            row(mat, id, m);
        }
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Facility(id, code, kind, district));
    }

    /** Every day: each point's weighings, then the district's collections, the sorting centres' onward flows, the plants' treatments. */
    void days(List<District> districts, List<Community> communities, Map<String, List<Facility>> facilities) throws SQLException {
        long expected = Math.round(communities.size() * settings.days() * 1.8);
        Progress progress = new Progress("weighings", expected, System.err);
        Flows flows = new Flows(facilities);
        try (PreparedStatement log = db.prepareStatement("insert into points.tonnage_log (id, point_id, point_code, district_code, category, "
                + "material, weight_kg, weighed_at, weighed_on, revision, client_key, request_hash, created_at, created_by, version) "
                + "values (?,?,?,?,?,?,?,?,?,1,null,'citygen',?,?,1)");
             PreparedStatement revision = db.prepareStatement("insert into points.tonnage_revision (log_id, revision, category, material, "
                     + "weight_kg, reason, recorded_at, recorded_by) values (?,1,?,?,?,null,?,?)");
             PreparedStatement fact = db.prepareStatement("insert into reporting.point_log (log_id, point_code, district_code, fact_on, "
                     + "category, weight_kg) values (?,?,?,?,?,?)");
             PreparedStatement movement = db.prepareStatement("insert into recyclables.movement (id, kind, to_facility_id, to_facility_code, "
                     + "from_facility_id, from_facility_code, from_point_code, source_kind, source_district_code, residue, category, material, "
                     + "product, weight_kg, moved_on, moved_at, reference, client_key, request_hash, created_at, created_by, version) "
                     + "values (?,?,?,?,?,?,null,?,?,?,?,null,?,?,?,?,null,null,'citygen',?,?,1)");
             PreparedStatement receipt = db.prepareStatement("insert into reporting.receipt_fact (movement_id, fact_on, kind, to_facility_code, "
                     + "to_kind, from_facility_code, from_kind, source_kind, district_code, residue, category, weight_kg) "
                     + "values (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement treatment = db.prepareStatement("insert into kitchen.treatment (id, facility_code, treated_on, input_kg, "
                     + "impurities_kg, biogas_nm3, crude_oil_kg, digestate_kg, client_key, request_hash, created_at, created_by) "
                     + "values (?,?,?,?,?,?,?,?,null,'citygen',?,?)");
             PreparedStatement residue = db.prepareStatement("insert into kitchen.treatment_residue (treatment_id, position, to_facility_code, "
                     + "weight_kg, receipt_id) values (?,?,?,?,?)");
             PreparedStatement treated = db.prepareStatement("insert into reporting.treatment_fact (treatment_id, fact_on, facility_code, "
                     + "input_kg, impurities_kg) values (?,?,?,?,?)")) {
            long logs = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                Map<String, Map<String, BigDecimal>> districtDay = new LinkedHashMap<>();
                for (Community c : communities) {
                    boolean aOpen = c.suspendedFrom() == null || day.isBefore(c.suspendedFrom());
                    Map<String, BigDecimal> sums = districtDay.computeIfAbsent(c.district(), k -> new HashMap<>());
                    int scale = c.households();
                    if (aOpen && !c.noKitchen() && random.nextInt(100) < 60) {
                        weighing(log, revision, fact, c.pointA(), c.codeA(), c.district(), "KITCHEN", day, kg(scale * 0.25, 0.5), sums);
                    }
                    if (aOpen && random.nextInt(100) < 70) {
                        weighing(log, revision, fact, c.pointA(), c.codeA(), c.district(), "RESIDUAL", day, kg(scale * 0.35, 0.5), sums);
                    }
                    if (random.nextInt(100) < 45) {
                        weighing(log, revision, fact, c.pointB(), c.codeB(), c.district(), "RECYCLABLE", day, kg(scale * 0.09, 0.6), sums);
                    }
                    if (!c.noHazardous() && random.nextInt(100) < 5) {
                        weighing(log, revision, fact, c.pointB(), c.codeB(), c.district(), "HAZARDOUS", day, kg(5, 0.9), sums);
                    }
                    if (inBatch >= BATCH) {
                        execute(log, revision, fact);
                        logs += inBatch;
                        progress.add(inBatch);
                        inBatch = 0;
                        if (logs % (20 * BATCH) < BATCH) {
                            db.commit();
                        }
                    }
                }
                flows.day(day, districtDay, movement, receipt, treatment, residue, treated);
                execute(movement, receipt, treatment, residue, treated);
            }
            execute(log, revision, fact);
            logs += inBatch;
            progress.add(inBatch);
            db.commit();
            progress.finish();
            counts.put("weighings", logs);
            counts.put("movements", flows.movements);
            counts.put("treatments", flows.treatments);
        }
    }

    private BigDecimal kg(double mean, double spread) {
        double v = mean * (1 - spread / 2 + random.nextDouble() * spread);
        return BigDecimal.valueOf(Math.max(0.1, v)).setScale(1, RoundingMode.HALF_UP).setScale(3);
    }

    private void weighing(PreparedStatement log, PreparedStatement revision, PreparedStatement fact, long pointId, String pointCode,
                         String district, String category, LocalDate day, BigDecimal kg, Map<String, BigDecimal> sums) throws SQLException {
        long id = pointIds++;
        LocalDateTime at = day.atTime(6 + random.nextInt(14), random.nextInt(60), random.nextInt(60));
        row(log, id, pointId, pointCode, district, category, null, kg, at, day, at.plusMinutes(1), BY);
        row(revision, id, category, null, kg, at.plusMinutes(1), BY);
        row(fact, id, pointCode, district, day, category, kg);
        sums.merge(category, kg, BigDecimal::add);
        inBatch++;
    }

    /** A day's flows: what the points collected goes to the facilities, sorting centres pass on, plants treat. */
    final class Flows {
        final List<Facility> centres;
        final List<Facility> processors;
        final List<Facility> incinerators;
        final List<Facility> kitchenPlants;
        final List<Facility> landfills;
        final Facility hazardous;
        long movements;
        long treatments;

        Flows(Map<String, List<Facility>> f) {
            centres = f.get("SORTING_CENTRE");
            processors = f.get("RECYCLING_PROCESSOR");
            incinerators = f.get("INCINERATION_PLANT");
            kitchenPlants = f.get("KITCHEN_WASTE_PLANT");
            landfills = f.get("LANDFILL");
            hazardous = f.get("HAZARDOUS_WASTE_FACILITY").get(0);
        }

        void day(LocalDate day, Map<String, Map<String, BigDecimal>> districtDay, PreparedStatement movement, PreparedStatement receipt,
                 PreparedStatement treatment, PreparedStatement residue, PreparedStatement treated) throws SQLException {
            Map<Facility, BigDecimal> kitchenIn = new LinkedHashMap<>();
            Map<Facility, BigDecimal> processed = new LinkedHashMap<>();
            int i = 0;
            for (var e : districtDay.entrySet()) {
                String d = e.getKey();
                Map<String, BigDecimal> sums = e.getValue();
                Facility centre = centres.stream().filter(c -> c.district().equals(d)).findFirst().orElseThrow();
                Facility inc = incinerators.get(i % incinerators.size());
                Facility kw = kitchenPlants.get(i % kitchenPlants.size());
                Facility rp = processors.get(i % processors.size());
                Facility lf = landfills.get(i % landfills.size());
                i++;
                BigDecimal residual = sums.get("RESIDUAL");
                if (residual != null) {
                    receipt(movement, receipt, day, inc, null, "DISTRICT", d, false, "RESIDUAL", residual);
                }
                BigDecimal kitchen = sums.get("KITCHEN");
                if (kitchen != null) {
                    receipt(movement, receipt, day, kw, null, "DISTRICT", d, false, "KITCHEN", kitchen);
                    kitchenIn.merge(kw, kitchen, BigDecimal::add);
                }
                BigDecimal hazardousKg = sums.get("HAZARDOUS");
                if (hazardousKg != null) {
                    receipt(movement, receipt, day, hazardous, null, "DISTRICT", d, false, "HAZARDOUS", hazardousKg);
                }
                BigDecimal recyclable = sums.get("RECYCLABLE");
                if (recyclable != null) {
                    receipt(movement, receipt, day, centre, null, "DISTRICT", d, false, "RECYCLABLE", recyclable);
                    BigDecimal onward = recyclable.multiply(new BigDecimal("0.85")).setScale(3, RoundingMode.HALF_UP);
                    BigDecimal rejects = recyclable.subtract(onward);
                    receipt(movement, receipt, day, rp, centre, "FACILITY", null, false, "RECYCLABLE", onward);
                    processed.merge(rp, onward, BigDecimal::add);
                    if (rejects.signum() > 0) {
                        receipt(movement, receipt, day, lf, centre, "FACILITY", null, true, "RESIDUAL", rejects);
                    }
                }
            }
            for (var e : processed.entrySet()) {
                BigDecimal product = e.getValue().multiply(new BigDecimal("0.95")).setScale(3, RoundingMode.HALF_UP);
                for (BigDecimal left = product; left.signum() > 0; left = left.subtract(TRUCK).max(BigDecimal.ZERO)) {
                    product(movement, receipt, day, e.getKey(), left.min(TRUCK));
                }
            }
            int k = 0;
            for (var e : kitchenIn.entrySet()) {
                Facility plant = e.getKey();
                BigDecimal input = e.getValue();
                BigDecimal impurities = input.multiply(new BigDecimal("0.08")).setScale(3, RoundingMode.HALF_UP);
                long tid = kitchenIds++;
                LocalDateTime at = day.atTime(22, 0);
                row(treatment, tid, plant.code(), day, input, impurities, share(input, "0.07"), share(input, "0.02"),
                        share(input, "0.15"), at, BY);
                row(treated, tid, day, plant.code(), input, impurities);
                treatments++;
                if (impurities.signum() > 0) {
                    Facility inc = incinerators.get(k++ % incinerators.size());
                    List<Long> loads = receipt(movement, receipt, day, inc, plant, "FACILITY", null, true, "RESIDUAL", impurities);
                    BigDecimal left = impurities;
                    for (int position = 1; position <= loads.size(); position++) {
                        row(residue, tid, position, inc.code(), left.min(TRUCK), loads.get(position - 1));
                        left = left.subtract(TRUCK);
                    }
                }
            }
        }

        /** A day's flow as truckloads of at most 15 t (a movement is one weighed load); the ids of the loads. */
        List<Long> receipt(PreparedStatement m, PreparedStatement f, LocalDate day, Facility to, Facility fromFacility, String sourceKind,
                           String district, boolean isResidue, String category, BigDecimal kg) throws SQLException {
            List<Long> ids = new ArrayList<>();
            for (BigDecimal left = kg; left.signum() > 0; left = left.subtract(TRUCK).max(BigDecimal.ZERO)) {
                ids.add(load(m, f, day, to, fromFacility, sourceKind, district, isResidue, category, left.min(TRUCK)));
            }
            return ids;
        }

        long load(PreparedStatement m, PreparedStatement f, LocalDate day, Facility to, Facility fromFacility, String sourceKind,
                  String district, boolean isResidue, String category, BigDecimal kg) throws SQLException {
            long id = facilityIds++;
            LocalDateTime at = day.atTime(21, 0);
            row(m, id, "RECEIPT", to.id(), to.code(), fromFacility == null ? null : fromFacility.id(),
                    fromFacility == null ? null : fromFacility.code(), sourceKind, district, isResidue, category, null, kg, day, at, at, BY);
            row(f, id, day, "RECEIPT", to.code(), to.kind(), fromFacility == null ? null : fromFacility.code(),
                    fromFacility == null ? null : fromFacility.kind(), sourceKind, district, isResidue, category, kg);
            movements++;
            return id;
        }

        void product(PreparedStatement m, PreparedStatement f, LocalDate day, Facility processor, BigDecimal kg) throws SQLException {
            long id = facilityIds++;
            LocalDateTime at = day.atTime(23, 0);
            row(m, id, "PRODUCT", null, null, processor.id(), processor.code(), null, null, false, "RECYCLABLE",
                    "再生原料 / secondary raw material", kg, day, at, at, BY);
            row(f, id, day, "PRODUCT", null, null, processor.code(), processor.kind(), null, null, false, "RECYCLABLE", kg);
            movements++;
        }
    }

    /** The id of the generator's one audit entry; the audit sequence restarts above it. */
    static final long AUDIT_ID = 1;

    /** Sequences past the generated ids; the read model needs no rebuild; one audit entry says what was written. */
    void finish() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("alter sequence points.id_seq restart with " + above(pointIds));
            s.executeUpdate("alter sequence recyclables.id_seq restart with " + above(facilityIds));
            s.executeUpdate("alter sequence kitchen.id_seq restart with " + above(kitchenIds));
            s.executeUpdate("alter sequence audit.id_seq restart with " + above(AUDIT_ID + 1));
            s.executeUpdate("delete from reporting.rebuild_request");
            // the read model's sums, as the server's rebuild computes them from the facts (JpaReadModel.rebuildSums)
            String month = "cast(date_trunc('month', fact_on) as date)";
            String flow = "to_facility_code, to_kind, from_facility_code, from_kind, source_kind, district_code, residue";
            // room in each page for the updates of a later weighing, as the server sets at start (PostgresStorage)
            if ("PostgreSQL".equalsIgnoreCase(db.getMetaData().getDatabaseProductName())) {
                for (String sums : List.of("reporting.point_day", "reporting.flow_day", "reporting.flow_month")) {
                    s.executeUpdate("alter table " + sums + " set (fillfactor = 70)");
                }
            }
            s.executeUpdate("insert into reporting.point_day (point_code, fact_on, district_code, weight_kg, weighings, kitchen_weighings) "
                    + "select point_code, fact_on, min(district_code), sum(weight_kg), count(*), "
                    + "sum(case when category = 'KITCHEN' then 1 else 0 end) from reporting.point_log group by point_code, fact_on "
                    // in the order a running server writes them: a day's rows on that day
                    + "order by fact_on, point_code");
            s.executeUpdate("insert into reporting.kitchen_month (month_on, district_code, point_code) select "
                    + month + ", min(district_code), point_code from reporting.point_day where kitchen_weighings > 0 "
                    + "group by " + month + ", point_code");
            String monthNumber = "cast(extract(year from month_on) * 12 + extract(month from month_on) - 1 as integer)";
            s.executeUpdate("insert into reporting.kitchen_point (point_code, district_code, first_month, last_month, months) select "
                    + "point_code, district_code, min(" + monthNumber + "), max(" + monthNumber + "), count(*) from reporting.kitchen_month "
                    + "group by point_code, district_code");
            s.executeUpdate("insert into reporting.flow_day (fact_on, " + flow + ", weight_kg, receipts) select fact_on, "
                    + "coalesce(to_facility_code, ''), coalesce(to_kind, ''), coalesce(from_facility_code, ''), coalesce(from_kind, ''), "
                    + "coalesce(source_kind, ''), coalesce(district_code, ''), residue, sum(weight_kg), count(*) from reporting.receipt_fact "
                    + "where kind = 'RECEIPT' group by fact_on, coalesce(to_facility_code, ''), coalesce(to_kind, ''), "
                    + "coalesce(from_facility_code, ''), coalesce(from_kind, ''), coalesce(source_kind, ''), coalesce(district_code, ''), "
                    + "residue");
            s.executeUpdate("insert into reporting.flow_month (month_on, " + flow + ", weight_kg, receipts) select " + month + ", " + flow
                    + ", sum(weight_kg), sum(receipts) from reporting.flow_day group by " + month + ", " + flow);
        }
        db.commit();
        try (PreparedStatement a = db.prepareStatement("insert into audit.entry (id, recorded_at, actor, action, record_type, record_ref, reason, "
                + "before_json, after_json) values (?,?,?,?,?,?,?,?,?)")) {
            a.setLong(1, AUDIT_ID);
            a.setObject(2, LocalDateTime.now(CHENGDU));
            a.setString(3, BY);
            a.setString(4, "GENERATE");
            a.setString(5, "city-year");
            a.setString(6, from + ".." + to);
            a.setString(7, "synthetic city-year, scale " + settings.scale() + ", seed " + settings.seed());
            a.setString(8, null);
            StringBuilder json = new StringBuilder("{");
            counts.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            a.setString(9, json.append('}').toString());
            a.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            System.err.println("city-year: no audit entry written (" + e.getMessage() + ")");
        }
    }

    /** The first value of a sequence (start 50, step 50, EclipseLink takes the 50 ids up to each value) above every generated id. */
    static long above(long nextId) {
        return (nextId / 50 + 2) * 50;
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static BigDecimal share(BigDecimal kg, String fraction) {
        return kg.multiply(new BigDecimal(fraction)).setScale(3, RoundingMode.HALF_UP);
    }

    /** One row of a batch: the statement's parameters in order. */
    static void row(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    private static void execute(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement p : statements) {
            p.executeBatch();
        }
    }
}

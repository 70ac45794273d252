package net.wastenet.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.reporting.domain.CarbonFactorSet;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.FlowSum;
import net.wastenet.reporting.domain.MaterialFlow;
import net.wastenet.reporting.domain.PointDayChange;
import net.wastenet.reporting.domain.PointDayRule;
import net.wastenet.reporting.domain.PointLogFact;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.Rebuild;
import net.wastenet.reporting.domain.SumSpans;
import net.wastenet.reporting.domain.ReceiptFact;
import net.wastenet.reporting.domain.TreatmentFact;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaReadModel implements ReadModel {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    private volatile Boolean postgres;

    private static final List<SumsTable.Column> FLOW_KEY = List.of(new SumsTable.Column("to_facility_code", "varchar(32)"),
            new SumsTable.Column("to_kind", "varchar(32)"), new SumsTable.Column("from_facility_code", "varchar(32)"),
            new SumsTable.Column("from_kind", "varchar(32)"), new SumsTable.Column("source_kind", "varchar(16)"),
            new SumsTable.Column("district_code", "varchar(6)"), new SumsTable.Column("residue", "boolean"));
    private static final List<SumsTable.Column> FLOW_SUMS = List.of(new SumsTable.Column("weight_kg", "numeric(18, 3)"),
            new SumsTable.Column("receipts", "integer"));
    private static final SumsTable FLOW_DAY = new SumsTable("reporting.flow_day",
            concat(new SumsTable.Column("fact_on", "date"), FLOW_KEY), List.of(), FLOW_SUMS);
    private static final SumsTable FLOW_MONTH = new SumsTable("reporting.flow_month",
            concat(new SumsTable.Column("month_on", "date"), FLOW_KEY), List.of(), FLOW_SUMS);
    private static final SumsTable POINT_DAY = new SumsTable("reporting.point_day",
            List.of(new SumsTable.Column("point_code", "varchar(32)"), new SumsTable.Column("fact_on", "date")),
            List.of(new SumsTable.Column("district_code", "varchar(6)")),
            List.of(new SumsTable.Column("weight_kg", "numeric(14, 3)"), new SumsTable.Column("weighings", "integer"),
                    new SumsTable.Column("kitchen_weighings", "integer")));
    private static final SumsTable KITCHEN_MONTH = new SumsTable("reporting.kitchen_month",
            List.of(new SumsTable.Column("month_on", "date"), new SumsTable.Column("district_code", "varchar(6)"),
                    new SumsTable.Column("point_code", "varchar(32)")),
            List.of(), List.of());
    private static final SumsTable POINT_DAY_UNCHECKED = new SumsTable("reporting.point_day_unchecked",
            List.of(new SumsTable.Column("point_code", "varchar(32)"), new SumsTable.Column("fact_on", "date")),
            List.of(new SumsTable.Column("district_code", "varchar(6)")), List.of());
    private static final String FLOW_COLUMNS = "to_facility_code, to_kind, from_facility_code, from_kind, source_kind, district_code, residue";

    private static List<SumsTable.Column> concat(SumsTable.Column first, List<SumsTable.Column> rest) {
        List<SumsTable.Column> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The flows of a period from the sums: its whole months' rows and the days of its partial months. */
    @Override
    public List<FlowSum> flows(LocalDate from, LocalDate to) {
        SumSpans spans = SumSpans.of(from, to);
        List<FlowSum> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select " + FLOW_COLUMNS + ", sum(weight_kg) from ("
                     + "select " + FLOW_COLUMNS + ", weight_kg from reporting.flow_month where month_on between ? and ? union all "
                     + "select " + FLOW_COLUMNS + ", weight_kg from reporting.flow_day where fact_on between ? and ? union all "
                     + "select " + FLOW_COLUMNS + ", weight_kg from reporting.flow_day where fact_on between ? and ?"
                     + ") s group by " + FLOW_COLUMNS)) {
            bind(q, 1, spans);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    result.add(FlowSum.of(none(r.getString(1)), none(r.getString(2)), none(r.getString(3)), none(r.getString(4)),
                            none(r.getString(5)), none(r.getString(6)), r.getBoolean(7), r.getBigDecimal(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the flow sums failed", e);
        }
        return result;
    }

    /** From the receipt facts by day (index {@code receipt_fact_day_ix}), grouped in the database: one row a facility, flow and material. */
    @Override
    public List<MaterialFlow> receiptsByMaterial(LocalDate from, LocalDate to, Set<FacilityKind> intoKinds) {
        if (intoKinds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        intoKinds.stream().map(FacilityKind::name).sorted().forEach(parameters::add);
        List<MaterialFlow> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, "select to_facility_code, to_kind, from_kind, source_kind, residue, material, sum(weight_kg) from reporting.receipt_fact "
                    + "where fact_on between ? and ? and kind = 'RECEIPT' and to_kind in (" + String.join(", ", Collections.nCopies(intoKinds.size(), "?"))
                    + ") group by to_facility_code, to_kind, from_kind, source_kind, residue, material", parameters,
                    r -> result.add(new MaterialFlow(FlowSum.of(r.getString(1), r.getString(2), null, r.getString(3), r.getString(4), null,
                            r.getBoolean(5), r.getBigDecimal(7)), r.getString(6))));
        } catch (SQLException e) {
            throw new IllegalStateException("summing the receipts by material failed", e);
        }
        return result;
    }

    /** Binds a period's three spans (months, head days, tail days) from parameter {@code n}. */
    private static int bind(PreparedStatement q, int n, SumSpans spans) throws SQLException {
        for (SumSpans.Span span : List.of(spans.months(), spans.headDays(), spans.tailDays())) {
            q.setObject(n++, span.first());
            q.setObject(n++, span.last());
        }
        return n;
    }

    private static String none(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void addReceipt(ReceiptFact fact) {
        em.persist(fact);
        if (fact.isReceipt()) {
            try (Connection c = dataSource.getConnection()) {
                addFlows(c, List.of(fact));
            } catch (SQLException e) {
                throw new IllegalStateException("adding to the flow sums failed", e);
            }
        }
    }

    private void addFlows(Connection c, List<ReceiptFact> facts) throws SQLException {
        List<Object[]> days = new ArrayList<>();
        List<Object[]> months = new ArrayList<>();
        for (ReceiptFact f : facts) {
            if (f.isReceipt()) {
                Object[] key = f.flowKey();
                Object[] row = Arrays.copyOf(key, key.length + 2);
                row[key.length] = f.weightKg();
                row[key.length + 1] = 1;
                days.add(row);
                Object[] month = row.clone();
                month[0] = f.day().withDayOfMonth(1);
                months.add(month);
            }
        }
        boolean postgres = postgres(c);
        FLOW_DAY.add(c, postgres, days);
        FLOW_MONTH.add(c, postgres, months);
    }

    @Override
    public Map<String, BigDecimal> treatedByPlant(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> result = new HashMap<>();
        em.createQuery("select t.facilityCode, sum(t.inputKg - t.impuritiesKg) from TreatmentFact t "
                        + "where t.day between :from and :to group by t.facilityCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.put((String) r[0], (BigDecimal) r[1]));
        return result;
    }

    /** From the kitchen-waste sums: a row a point (its span of months), and the point-days of partial months. */
    @Override
    public Set<String> pointsThatLoggedKitchenWaste(LocalDate from, LocalDate to, Set<String> districts) {
        if (districts != null && districts.isEmpty()) {
            return Set.of();
        }
        String inDistricts = districts == null ? "" : " and district_code in (" + String.join(", ", Collections.nCopies(districts.size(), "?")) + ")";
        List<Object> inParameters = districts == null ? List.of() : List.copyOf(districts);
        SumSpans spans = SumSpans.of(from, to);
        Set<String> result = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            if (!spans.months().isEmpty()) {
                // a row a point (V45_1): a point that logged every month from its first to its last has evidence when the spans
                // overlap; a point with gaps is asked month by month
                List<String> gapped = new ArrayList<>();
                List<Object> parameters = new ArrayList<>(List.of(monthNumber(spans.months().last()), monthNumber(spans.months().first())));
                parameters.addAll(inParameters);
                query(c, "select point_code, months = last_month - first_month + 1 from reporting.kitchen_point "
                        + "where first_month <= ? and last_month >= ?" + inDistricts, parameters, r -> {
                            (r.getBoolean(2) ? result : gapped).add(r.getString(1));
                        });
                for (int i = 0; i < gapped.size(); i += KITCHEN_PROBES) {
                    List<String> chunk = gapped.subList(i, Math.min(gapped.size(), i + KITCHEN_PROBES));
                    List<Object> probe = new ArrayList<>(chunk);
                    probe.addAll(List.of(spans.months().first(), spans.months().last()));
                    query(c, "select distinct point_code from reporting.kitchen_month where point_code in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") and month_on between ? and ?", probe,
                            r -> result.add(r.getString(1)));
                }
            }
            // the partial months' days, from the point-days
            List<String> selects = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            for (SumSpans.Span days : List.of(spans.headDays(), spans.tailDays())) {
                if (!days.isEmpty()) {
                    selects.add("select distinct point_code from reporting.point_day where fact_on between ? and ? and kitchen_weighings > 0"
                            + inDistricts);
                    parameters.addAll(List.of(days.first(), days.last()));
                    parameters.addAll(inParameters);
                }
            }
            if (!selects.isEmpty()) {
                query(c, String.join(" union all ", selects), parameters, r -> result.add(r.getString(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the kitchen-waste evidence failed", e);
        }
        return result;
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, List<Object> parameters, RowReader reader) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            int n = 1;
            for (Object parameter : parameters) {
                q.setObject(n++, parameter);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    @Override
    public Set<String> ofTheseLoggedKitchenWaste(java.util.Collection<String> pointCodes, LocalDate from, LocalDate to) {
        Set<String> result = new HashSet<>();
        List<String> codes = List.copyOf(pointCodes);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < codes.size(); i += KITCHEN_PROBES) {
                List<String> chunk = codes.subList(i, Math.min(codes.size(), i + KITCHEN_PROBES));
                try (PreparedStatement q = c.prepareStatement("select distinct point_code from reporting.point_day where point_code in ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") and fact_on between ? and ? and kitchen_weighings > 0")) {
                    int n = 1;
                    for (String code : chunk) {
                        q.setString(n++, code);
                    }
                    q.setObject(n++, from);
                    q.setObject(n, to);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            result.add(r.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the kitchen-waste evidence of points failed", e);
        }
        return result;
    }

    /** Points asked at once by {@link #ofTheseLoggedKitchenWaste}. */
    private static final int KITCHEN_PROBES = 500;

    @Override
    public Optional<PointLogFact> pointLog(long logId) {
        return Optional.ofNullable(em.find(PointLogFact.class, logId));
    }

    /*
     * The point-day sums are read and written with plain JDBC on the transaction's connection: they are
     * asked and changed in every weighing's transaction, and a prepared statement costs a fraction of a
     * native query through the entity manager.
     */
    @Override
    public Map<String, Map<LocalDate, PointDayStanding>> pointDayStandings(Map<String, Set<LocalDate>> days) {
        List<Object[]> keys = new ArrayList<>();
        days.forEach((point, ds) -> ds.forEach(d -> keys.add(new Object[] {point, d})));
        Map<String, Map<LocalDate, PointDayStanding>> result = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < keys.size(); i += 300) {
                List<Object[]> some = keys.subList(i, Math.min(keys.size(), i + 300));
                try (PreparedStatement q = c.prepareStatement("select t.point_code, t.fact_on, max(d.weight_kg), sum(h.weight_kg), "
                        + "count(h.fact_on), min(h.fact_on) from (values " + String.join(",", Collections.nCopies(some.size(),
                        "(cast(? as varchar(32)), cast(? as date), cast(? as date))")) + ") t (point_code, fact_on, window_from) "
                        + "left join reporting.point_day d on d.point_code = t.point_code and d.fact_on = t.fact_on "
                        + "left join reporting.point_day h on h.point_code = t.point_code and h.fact_on >= t.window_from "
                        + "and h.fact_on < t.fact_on and h.weight_kg > 0 group by t.point_code, t.fact_on")) {
                    int n = 1;
                    for (Object[] k : some) {
                        q.setString(n++, (String) k[0]);
                        q.setObject(n++, k[1]);
                        q.setObject(n++, PointDayRule.windowStart((LocalDate) k[1]));
                    }
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            BigDecimal total = r.getBigDecimal(3);
                            BigDecimal sum = r.getBigDecimal(4);
                            int count = r.getInt(5);
                            PointDayRule.Window before = count == 0 ? PointDayRule.Window.EMPTY
                                    : new PointDayRule.Window(sum, count, r.getObject(6, LocalDate.class));
                            result.computeIfAbsent(r.getString(1), p -> new HashMap<>()).put(r.getObject(2, LocalDate.class),
                                    new PointDayStanding(total == null ? BigDecimal.ZERO : total, before));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading point-day sums failed", e);
        }
        return result;
    }

    @Override
    public void noteUnchecked(java.util.Collection<PointDayKey> days) {
        if (days.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(days.size());
        days.forEach(d -> rows.add(new Object[] {d.pointCode(), d.day(), d.districtCode()}));
        try (Connection c = dataSource.getConnection()) {
            POINT_DAY_UNCHECKED.insertAbsent(c, postgres(c), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("noting point-days for the unusual-day rule failed", e);
        }
    }

    @Override
    public List<String> pointsWithUncheckedDays() {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select distinct point_code from reporting.point_day_unchecked order by point_code")) {
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    result.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the points to judge failed", e);
        }
        return result;
    }

    @Override
    public List<PointDayKey> unchecked(java.util.Collection<String> points) {
        List<PointDayKey> result = new ArrayList<>();
        List<String> codes = new ArrayList<>(points);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < codes.size(); i += 500) {
                List<String> some = codes.subList(i, Math.min(codes.size(), i + 500));
                try (PreparedStatement q = c.prepareStatement("select point_code, district_code, fact_on from reporting.point_day_unchecked "
                        + "where point_code in (" + String.join(",", Collections.nCopies(some.size(), "?")) + ")")) {
                    int n = 1;
                    for (String code : some) {
                        q.setString(n++, code);
                    }
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            result.add(new PointDayKey(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the point-days to judge failed", e);
        }
        return result;
    }

    @Override
    public Map<String, java.util.NavigableMap<LocalDate, BigDecimal>> pointDayTotals(Set<String> points, LocalDate from, LocalDate to) {
        Map<String, java.util.NavigableMap<LocalDate, BigDecimal>> result = new HashMap<>();
        List<String> codes = new ArrayList<>(points);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < codes.size(); i += 500) {
                List<String> some = codes.subList(i, Math.min(codes.size(), i + 500));
                try (PreparedStatement q = c.prepareStatement("select point_code, fact_on, weight_kg from reporting.point_day where point_code in ("
                        + String.join(",", Collections.nCopies(some.size(), "?")) + ") and fact_on >= ? and fact_on <= ? "
                        + "order by point_code, fact_on")) {
                    int n = 1;
                    for (String code : some) {
                        q.setString(n++, code);
                    }
                    q.setObject(n++, from);
                    q.setObject(n, to);
                    q.setFetchSize(10_000);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            result.computeIfAbsent(r.getString(1), k -> new java.util.TreeMap<>()).put(r.getObject(2, LocalDate.class),
                                    r.getBigDecimal(3));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading point-day sums failed", e);
        }
        return result;
    }

    @Override
    public void forgetUnchecked(List<PointDayKey> days) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from reporting.point_day_unchecked where point_code = ? and fact_on = ?")) {
            for (PointDayKey d : days) {
                delete.setString(1, d.pointCode());
                delete.setObject(2, d.day());
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("forgetting judged point-days failed", e);
        }
    }

    @Override
    public void addPointLogs(List<PointLogFact> facts) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into reporting.point_log (log_id, point_code, district_code, fact_on, "
                     + "category, weight_kg) values (?, ?, ?, ?, ?, ?)")) {
            for (PointLogFact f : facts) {
                insert.setLong(1, f.logId());
                insert.setString(2, f.pointCode());
                insert.setString(3, f.districtCode());
                insert.setObject(4, f.day());
                insert.setString(5, f.category());
                insert.setBigDecimal(6, f.weightKg());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing weighings' facts failed", e);
        }
    }

    @Override
    public boolean changePointDays(List<PointDayChange> combined) {
        List<Object[]> days = new ArrayList<>(combined.size());
        List<Object[]> gained = new ArrayList<>();
        Set<List<Object>> lost = new java.util.LinkedHashSet<>();
        for (PointDayChange change : combined) {
            days.add(new Object[] {change.pointCode(), change.day(), change.districtCode(), change.weightKg(), change.weighings(),
                    change.kitchenWeighings()});
            if (change.kitchenWeighings() > 0) {
                gained.add(new Object[] {change.month(), change.districtCode(), change.pointCode()});
            } else if (change.kitchenWeighings() < 0) {
                lost.add(List.of(change.month(), change.pointCode()));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = postgres(c);
            POINT_DAY.add(c, postgres, days);
            // the evidence changes when a point's month gets its first kitchen-waste weighing or loses its last
            boolean changed = !gained.isEmpty() && KITCHEN_MONTH.insertAbsent(c, postgres, gained) > 0;
            if (changed) {
                widenKitchenPoints(c, postgres, gained);
            }
            if (!lost.isEmpty()) {
                changed |= forgetMonthsWithoutKitchenWaste(c, postgres, lost);
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("changing point-day sums failed", e);
        }
    }

    /**
     * Deletes the kitchen-waste evidence of the given (month, point)s that no point-day of the month supports
     * any more. On PostgreSQL the table is locked against writers first: a weighing that adds the month's
     * evidence back in a transaction not yet committed has already tried its insert (found the row, wrote
     * nothing), so without the lock its point-day would be unseen here and the row deleted under it. Only
     * a correction that takes away kitchen-waste weighings comes here.
     */
    private static boolean forgetMonthsWithoutKitchenWaste(Connection c, boolean postgres, Set<List<Object>> monthsAndPoints)
            throws SQLException {
        if (postgres) {
            try (var lock = c.createStatement()) {
                lock.execute("lock table reporting.kitchen_month in share row exclusive mode");
            }
        }
        int deleted = 0;
        try (PreparedStatement delete = c.prepareStatement("delete from reporting.kitchen_month k where k.month_on = ? "
                + "and k.point_code = ? and not exists (select 1 from reporting.point_day d where d.point_code = k.point_code "
                + "and d.fact_on >= k.month_on and d.fact_on < ? and d.kitchen_weighings > 0)")) {
            for (List<Object> monthAndPoint : monthsAndPoints) {
                LocalDate month = (LocalDate) monthAndPoint.get(0);
                delete.setObject(1, month);
                delete.setString(2, (String) monthAndPoint.get(1));
                delete.setObject(3, month.plusMonths(1));
                deleted += delete.executeUpdate();
            }
        }
        if (deleted > 0) {
            Set<String> points = new java.util.TreeSet<>();
            monthsAndPoints.forEach(monthAndPoint -> points.add((String) monthAndPoint.get(1)));
            try (PreparedStatement forget = c.prepareStatement("delete from reporting.kitchen_point where point_code = ?");
                 PreparedStatement recount = c.prepareStatement(KITCHEN_POINTS + " where point_code = ? group by point_code, district_code")) {
                for (String point : points) {
                    forget.setString(1, point);
                    forget.executeUpdate();
                    recount.setString(1, point);
                    recount.executeUpdate();
                }
            }
        }
        return deleted > 0;
    }

    /** Fills reporting.kitchen_point from the month rows (a where clause and the grouping follow). */
    private static final String KITCHEN_POINTS = "insert into reporting.kitchen_point (point_code, district_code, first_month, "
            + "last_month, months) select point_code, district_code, min(" + monthNumber("month_on") + "), max(" + monthNumber("month_on")
            + "), count(*) from reporting.kitchen_month";

    /** A month as a number (year * 12 + month - 1), in SQL. */
    private static String monthNumber(String column) {
        return "cast(extract(year from " + column + ") * 12 + extract(month from " + column + ") - 1 as integer)";
    }

    /** A month as a number (year * 12 + month - 1), as reporting.kitchen_point stores it. */
    static int monthNumber(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /**
     * Widens the kitchen-waste span of points that gained a month of evidence (rows: month, district, point), in key
     * order. The month count is recounted from the month rows this transaction sees: a month that another transaction
     * adds at the same time may be missed, which makes the point look as if it had gaps, and such a point is asked month
     * by month (safe; the next month it gains recounts it). A count can never be too high, since months are deleted
     * only under a lock that waits for every writer of the month rows (forgetMonthsWithoutKitchenWaste).
     */
    private static void widenKitchenPoints(Connection c, boolean postgres, List<Object[]> gained) throws SQLException {
        java.util.SortedMap<List<String>, int[]> spans = new java.util.TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        for (Object[] g : gained) {
            int month = monthNumber((LocalDate) g[0]);
            spans.merge(List.of((String) g[2], (String) g[1]), new int[] {month, month},
                    (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
        }
        String count = "(select count(*) from reporting.kitchen_month k where k.point_code = ? and k.district_code = ?)";
        String sql = postgres
                ? "insert into reporting.kitchen_point as p (point_code, district_code, first_month, last_month, months) "
                        + "values (?, ?, ?, ?, " + count + ") on conflict (point_code, district_code) do update set "
                        + "first_month = least(p.first_month, excluded.first_month), last_month = greatest(p.last_month, excluded.last_month), "
                        + "months = excluded.months"
                : "merge into reporting.kitchen_point p using (values (cast(? as varchar(32)), cast(? as varchar(6)), cast(? as integer), "
                        + "cast(? as integer), " + count + ")) s (point_code, district_code, first_month, last_month, months) "
                        + "on p.point_code = s.point_code and p.district_code = s.district_code "
                        + "when matched then update set first_month = least(p.first_month, s.first_month), "
                        + "last_month = greatest(p.last_month, s.last_month), months = s.months "
                        + "when not matched then insert (point_code, district_code, first_month, last_month, months) "
                        + "values (s.point_code, s.district_code, s.first_month, s.last_month, s.months)";
        try (PreparedStatement widen = c.prepareStatement(sql)) {
            for (var span : spans.entrySet()) {
                String point = span.getKey().get(0);
                String district = span.getKey().get(1);
                widen.setString(1, point);
                widen.setString(2, district);
                widen.setInt(3, span.getValue()[0]);
                widen.setInt(4, span.getValue()[1]);
                widen.setString(5, point);
                widen.setString(6, district);
                widen.addBatch();
            }
            widen.executeBatch();
        }
    }

    private static final String[] SUMS = {"reporting.point_day", "reporting.kitchen_month", "reporting.flow_day", "reporting.flow_month"};
    private static final String[] FACTS = {"reporting.point_log", "reporting.receipt_fact", "reporting.treatment_fact"};

    @Override
    public void copyPointLogs(List<PointLogFact> facts) {
        copy("reporting.point_log", "log_id", "log_id, point_code, district_code, fact_on, category, weight_kg", facts.stream()
                .map(f -> new Object[] {f.logId(), f.pointCode(), f.districtCode(), f.day(), f.category(), f.weightKg()}).toList());
    }

    @Override
    public void copyReceipts(List<ReceiptFact> facts) {
        copy("reporting.receipt_fact", "movement_id", "movement_id, fact_on, kind, to_facility_code, to_kind, from_facility_code, "
                + "from_kind, source_kind, district_code, residue, category, material, weight_kg", facts.stream().map(ReceiptFact::columns).toList());
    }

    @Override
    public void copyTreatments(List<TreatmentFact> facts) {
        copy("reporting.treatment_fact", "treatment_id", "treatment_id, fact_on, facility_code, input_kg, impurities_kg", facts.stream()
                .map(t -> new Object[] {t.treatmentId(), t.day(), t.facilityCode(), t.inputKg(), t.impuritiesKg()}).toList());
    }

    /**
     * Inserts rows 500 to a statement (one round trip each), leaving out (PostgreSQL) or restating (H2) a
     * row whose key is stored already.
     */
    private void copy(String table, String key, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", Collections.nCopies(rows.get(0).length, "?")) + ")";
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = postgres(c);
            for (int from = 0; from < rows.size(); from += 500) {
                List<Object[]> some = rows.subList(from, Math.min(rows.size(), from + 500));
                String values = String.join(", ", Collections.nCopies(some.size(), row));
                String sql = postgres ? "insert into " + table + " (" + columns + ") values " + values + " on conflict (" + key + ") do nothing"
                        : "merge into " + table + " (" + columns + ") key (" + key + ") values " + values;
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int n = 1;
                    for (Object[] r : some) {
                        for (Object value : r) {
                            s.setObject(n++, value);
                        }
                    }
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("copying facts into " + table + " failed", e);
        }
    }

    @Override
    public void rebuildSums(Sums table, String district) {
        String only = district == null ? "" : " where district_code = ?";
        String and = district == null ? "" : " and district_code = ?";
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            String target = SUMS[table.ordinal()];
            String source = switch (table) {
                case POINT_DAY -> "reporting.point_log";
                case KITCHEN_MONTH -> "reporting.point_day";
                case FLOW_DAY -> "reporting.receipt_fact";
                case FLOW_MONTH -> "reporting.flow_day";
            };
            if (postgres(c)) {
                s.execute("lock table " + source + ", " + target + (table == Sums.KITCHEN_MONTH ? ", reporting.kitchen_point" : "")
                        + " in share row exclusive mode");
            }
            String insert = switch (table) {
                case POINT_DAY -> "insert into reporting.point_day (point_code, fact_on, district_code, weight_kg, weighings, "
                        + "kitchen_weighings) select point_code, fact_on, min(district_code), sum(weight_kg), count(*), "
                        + "sum(case when category = '" + PointLogFact.KITCHEN + "' then 1 else 0 end) from reporting.point_log" + only
                        + " group by point_code, fact_on";
                case KITCHEN_MONTH -> "insert into reporting.kitchen_month (month_on, district_code, point_code) "
                        + "select " + MONTH + ", min(district_code), point_code from reporting.point_day "
                        + "where kitchen_weighings > 0" + and + " group by " + MONTH + ", point_code";
                case FLOW_DAY -> "insert into reporting.flow_day (fact_on, " + FLOW_COLUMNS + ", weight_kg, receipts) "
                        + "select fact_on, coalesce(to_facility_code, ''), coalesce(to_kind, ''), coalesce(from_facility_code, ''), "
                        + "coalesce(from_kind, ''), coalesce(source_kind, ''), coalesce(district_code, ''), residue, sum(weight_kg), "
                        + "count(*) from reporting.receipt_fact where kind = 'RECEIPT' group by fact_on, coalesce(to_facility_code, ''), "
                        + "coalesce(to_kind, ''), coalesce(from_facility_code, ''), coalesce(from_kind, ''), coalesce(source_kind, ''), "
                        + "coalesce(district_code, ''), residue";
                case FLOW_MONTH -> "insert into reporting.flow_month (month_on, " + FLOW_COLUMNS + ", weight_kg, receipts) "
                        + "select " + MONTH + ", " + FLOW_COLUMNS + ", sum(weight_kg), sum(receipts) from reporting.flow_day "
                        + "group by " + MONTH + ", " + FLOW_COLUMNS;
            };
            boolean byDistrict = district != null && (table == Sums.POINT_DAY || table == Sums.KITCHEN_MONTH);
            if (district != null && !byDistrict) {
                throw new IllegalArgumentException(table + " is recomputed whole, not by district");
            }
            try (PreparedStatement delete = c.prepareStatement("delete from " + target + (byDistrict ? only : ""));
                 PreparedStatement fill = c.prepareStatement(insert)) {
                if (byDistrict) {
                    delete.setString(1, district);
                    fill.setString(1, district);
                }
                delete.executeUpdate();
                fill.executeUpdate();
            }
            if (table == Sums.KITCHEN_MONTH) {
                // each point's span of months, from the month rows just written
                try (PreparedStatement delete = c.prepareStatement("delete from reporting.kitchen_point" + (byDistrict ? only : ""));
                     PreparedStatement fill = c.prepareStatement(KITCHEN_POINTS + (byDistrict ? only : "") + " group by point_code, district_code")) {
                    if (byDistrict) {
                        delete.setString(1, district);
                        fill.setString(1, district);
                    }
                    delete.executeUpdate();
                    fill.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing the read model's " + table + " failed", e);
        }
    }

    /** The first day of a fact's month (PostgreSQL and H2 both). */
    private static final String MONTH = "cast(date_trunc('month', fact_on) as date)";

    @Override
    public Optional<Rebuild> rebuild(long id) {
        return Optional.ofNullable(em.find(Rebuild.class, id));
    }

    @Override
    public Optional<Rebuild> unfinishedRebuild() {
        return em.createQuery("select r from Rebuild r where r.status in :open order by r.id", Rebuild.class)
                .setParameter("open", List.of(Rebuild.Status.QUEUED, Rebuild.Status.RUNNING)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Rebuild> latestRebuild() {
        return em.createQuery("select r from Rebuild r order by r.id desc", Rebuild.class).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<String, Integer> daysLoggedCountByPoint(String districtCode, LocalDate from, LocalDate to) {
        Map<String, Integer> result = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select point_code, count(*) "
                + "from reporting.point_day where district_code = ? and fact_on between ? and ? group by point_code")) {
            q.setString(1, districtCode);
            q.setObject(2, from);
            q.setObject(3, to);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    result.put(r.getString(1), r.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the points' logged days failed", e);
        }
        return result;
    }

    @Override
    public Map<String, Set<LocalDate>> daysLoggedByPoint(java.util.Collection<String> pointCodes, LocalDate from, LocalDate to) {
        return daysByCode(List.of("select point_code, fact_on from reporting.point_day where fact_on between ? and ? and point_code in "),
                pointCodes, from, to);
    }

    @Override
    public Map<String, Set<LocalDate>> daysWithRecordsByFacility(java.util.Collection<String> facilityCodes, LocalDate from, LocalDate to) {
        return daysByCode(List.of(
                "select distinct to_facility_code, fact_on from reporting.receipt_fact where fact_on between ? and ? and to_facility_code in ",
                "select distinct from_facility_code, fact_on from reporting.receipt_fact where fact_on between ? and ? and from_facility_code in ",
                "select distinct facility_code, fact_on from reporting.treatment_fact where fact_on between ? and ? and facility_code in "),
                facilityCodes, from, to);
    }

    /** For each statement (code, day) by a period and a list of codes, 500 codes at a time: the days per code. */
    private Map<String, Set<LocalDate>> daysByCode(List<String> statements, java.util.Collection<String> codes, LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> result = new HashMap<>();
        List<String> all = List.copyOf(codes);
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < all.size(); i += 500) {
                List<String> some = all.subList(i, Math.min(all.size(), i + 500));
                String in = "(" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")";
                for (String statement : statements) {
                    try (PreparedStatement q = c.prepareStatement(statement + in)) {
                        q.setObject(1, from);
                        q.setObject(2, to);
                        int n = 3;
                        for (String code : some) {
                            q.setString(n++, code);
                        }
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                result.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getObject(2, LocalDate.class));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading days with records failed", e);
        }
        return result;
    }

    private boolean postgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    @Override
    public Page<ReceiptFact> receipts(LocalDate from, LocalDate to, List<FlowSum> flows, PageRequest page) {
        if (flows.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        // the flow key as columns of a derived table: H2 cannot compare a row of coalesce() expressions with IN
        String keyed = "(k_to, k_to_kind, k_from, k_from_kind, k_source, k_district, residue) in ("
                + String.join(", ", Collections.nCopies(flows.size(), "(?, ?, ?, ?, ?, ?, ?)")) + ")";
        List<ReceiptFact> items = new ArrayList<>();
        long total = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("select movement_id, fact_on, kind, to_facility_code, to_kind, from_facility_code, "
                    + "from_kind, source_kind, district_code, residue, category, material, weight_kg from (select f.*, coalesce(to_facility_code, '') k_to, "
                    + "coalesce(to_kind, '') k_to_kind, coalesce(from_facility_code, '') k_from, coalesce(from_kind, '') k_from_kind, "
                    + "coalesce(source_kind, '') k_source, coalesce(district_code, '') k_district from reporting.receipt_fact f "
                    + "where kind = 'RECEIPT' and fact_on between ? and ?) r where " + keyed
                    + " order by fact_on, movement_id offset ? rows fetch next ? rows only")) {
                q.setObject(1, from);
                q.setObject(2, to);
                int n = bindFlows(q, 3, flows);
                q.setInt(n++, page.offset());
                q.setInt(n, page.size());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        items.add(new ReceiptFact(r.getLong(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getBoolean(10), r.getString(11),
                                r.getString(12), r.getBigDecimal(13)));
                    }
                }
            }
            // how many: counted in the flow sums, not over the receipts
            String sumsKeyed = "(" + FLOW_COLUMNS + ") in (" + String.join(", ", Collections.nCopies(flows.size(), "(?, ?, ?, ?, ?, ?, ?)")) + ")";
            try (PreparedStatement q = c.prepareStatement("select coalesce(sum(receipts), 0) from ("
                    + "select receipts from reporting.flow_month where month_on between ? and ? and " + sumsKeyed + " union all "
                    + "select receipts from reporting.flow_day where fact_on between ? and ? and " + sumsKeyed + " union all "
                    + "select receipts from reporting.flow_day where fact_on between ? and ? and " + sumsKeyed + ") s")) {
                int n = 1;
                SumSpans spans = SumSpans.of(from, to);
                for (SumSpans.Span span : List.of(spans.months(), spans.headDays(), spans.tailDays())) {
                    q.setObject(n++, span.first());
                    q.setObject(n++, span.last());
                    n = bindFlows(q, n, flows);
                }
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a page of receipts failed", e);
        }
        return new Page<>(items, total);
    }

    private static int bindFlows(PreparedStatement q, int n, List<FlowSum> flows) throws SQLException {
        for (FlowSum f : flows) {
            q.setString(n++, blank(f.toFacility()));
            q.setString(n++, f.toKind() == null ? "" : f.toKind().name());
            q.setString(n++, blank(f.fromFacility()));
            q.setString(n++, f.fromKind() == null ? "" : f.fromKind().name());
            q.setString(n++, f.sourceKind() == null ? "" : f.sourceKind().name());
            q.setString(n++, blank(f.districtCode()));
            q.setBoolean(n++, f.residue());
        }
        return n;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    @Override
    public Page<TreatmentFact> treatments(LocalDate from, LocalDate to, Set<String> plants, PageRequest page) {
        if (plants.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        String where = " where t.day between :from and :to and t.facilityCode in :plants";
        var q = em.createQuery("select t from TreatmentFact t" + where + " order by t.day, t.treatmentId", TreatmentFact.class);
        var count = em.createQuery("select count(t) from TreatmentFact t" + where, Long.class);
        for (var query : new jakarta.persistence.Query[] {q, count}) {
            query.setParameter("from", from).setParameter("to", to).setParameter("plants", plants);
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), count.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<String> rebuildRequests() {
        return em.createNativeQuery("select reason from reporting.rebuild_request").getResultList();
    }

    @Override
    public void clearRebuildRequests() {
        em.createNativeQuery("delete from reporting.rebuild_request").executeUpdate();
    }

    @Override
    public Optional<DefinitionSet> definitionsOn(LocalDate day) {
        return em.createQuery("select d from DefinitionSet d where d.effectiveFrom <= :day order by d.effectiveFrom desc, d.id desc",
                DefinitionSet.class).setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<DefinitionSet> definitionSet(String name) {
        return em.createQuery("select d from DefinitionSet d where d.name = :n", DefinitionSet.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<DefinitionSet> definitionSets() {
        return em.createQuery("select d from DefinitionSet d order by d.effectiveFrom, d.id", DefinitionSet.class).getResultList();
    }

    @Override
    public List<CarbonFactorSet> carbonFactorSets() {
        return em.createQuery("select s from CarbonFactorSet s order by s.validFrom, s.id", CarbonFactorSet.class).getResultList();
    }

    @Override
    public Optional<CarbonFactorSet> carbonFactorSet(String code) {
        return em.createQuery("select s from CarbonFactorSet s where s.code = :c", CarbonFactorSet.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Object fact) {
        em.persist(fact);
    }

    @Override
    public void clearFacts() {
        // truncate: a city-year's facts are millions of rows, which a delete would write once more as dead ones
        for (String table : FACTS) {
            em.createNativeQuery("truncate table " + table).executeUpdate();
        }
        for (String table : SUMS) {
            em.createNativeQuery("truncate table " + table).executeUpdate();
        }
        em.createNativeQuery("truncate table reporting.kitchen_point").executeUpdate();
    }

    @Override
    public boolean hasFacts() {
        return !em.createQuery("select f.movementId from ReceiptFact f", Long.class).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select t.treatmentId from TreatmentFact t", Long.class).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select k.logId from PointLogFact k", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void noteChange(LocalDate firstDay, LocalDate lastDay, java.time.LocalDateTime at) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into reporting.fact_change (first_day, last_day, changed_at) values (?, ?, ?)")) {
                s.setObject(1, firstDay);
                s.setObject(2, lastDay);
                s.setObject(3, at);
                s.executeUpdate();
            }
            long minute = at.toLocalDate().toEpochDay() * 1440 + at.getHour() * 60 + at.getMinute();
            if (minute != lastPrune) {
                // once a minute per instance: the journal keeps an hour
                lastPrune = minute;
                try (PreparedStatement s = c.prepareStatement("delete from reporting.fact_change where changed_at < ?")) {
                    s.setObject(1, at.minusHours(1));
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noting a change failed", e);
        }
    }

    private volatile long lastPrune;

    @Override
    public boolean changedSince(java.time.LocalDateTime time, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from reporting.fact_change where changed_at >= ? and first_day <= ? "
                     + "and last_day >= ? fetch first 1 rows only")) {
            s.setObject(1, time);
            s.setObject(2, to);
            s.setObject(3, from);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the change journal failed", e);
        }
    }
}

package net.wastenet.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator on an in-memory H2 migrated by the server's own migrations. */
class CityYearTest {
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    static Connection generated(String name, long seed) throws Exception {
        String url = CityYear.connectable("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        CityYear.migrate(url, "sa", "");
        Connection c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        new CityYear(c, new CityYear.Settings(url, "sa", "", 0.002, seed, 40, LAST)).generate();
        return c;
    }

    static List<Object> fingerprint(Connection c) throws Exception {
        List<Object> out = new ArrayList<>();
        for (String sql : List.of("select count(*), sum(weight_kg) from points.tonnage_log",
                "select count(*), sum(weight_kg) from reporting.point_log",
                "select count(*), sum(weight_kg) from points.tonnage_revision",
                "select count(*), sum(weight_kg) from recyclables.movement",
                "select count(*), sum(weight_kg) from reporting.receipt_fact",
                "select count(*), sum(input_kg - impurities_kg) from kitchen.treatment",
                "select count(*), sum(input_kg - impurities_kg) from reporting.treatment_fact",
                "select count(*), sum(households) from points.community")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                out.add(r.getLong(1));
                out.add(r.getBigDecimal(2) == null ? BigDecimal.ZERO : r.getBigDecimal(2).stripTrailingZeros());
            }
        }
        return out;
    }

    @Test
    void theSameSeedWritesTheSameCityAndTheReadModelMatchesTheRecords() throws Exception {
        List<Object> a;
        try (Connection c = generated("a", 7)) {
            a = fingerprint(c);
            // read model = records: weighings, receipts and treatments, count and kilograms
            assertEquals(a.subList(0, 2), a.subList(2, 4));
            assertEquals(a.subList(0, 2), a.subList(4, 6));
            assertEquals(a.subList(6, 8), a.subList(8, 10));
            assertEquals(a.subList(10, 12), a.subList(12, 14));
            long perCommunityDay = (Long) a.get(0) * 100 / (30 * 40);
            assertTrue(perCommunityDay > 150 && perCommunityDay < 210,
                    "about 1.8 weighings per community and day (30 communities, 40 days): " + a.get(0));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select max(weight_kg) from recyclables.movement")) {
                r.next();
                assertTrue(r.getBigDecimal(1).compareTo(CityYear.TRUCK) <= 0, "every movement is one truckload");
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from reporting.rebuild_request")) {
                r.next();
                assertEquals(0, r.getLong(1), "the server must not rebuild what the generator wrote");
            }
            var again = assertThrows(IllegalStateException.class,
                    () -> new CityYear(c, new CityYear.Settings("", "", "", 0.002, 7, 40, LAST)).generate());
            assertTrue(again.getMessage().contains("empty network"));
        }
        try (Connection c = generated("b", 7)) {
            assertEquals(a, fingerprint(c));
        }
        try (Connection c = generated("c", 8)) {
            assertTrue(!a.equals(fingerprint(c)), "another seed, another city");
        }
    }

    @Test
    void theSequencesStartAboveEveryGeneratedId() {
        assertEquals(1_000_100, CityYear.above(1_000_000));
        assertEquals(1_000_100, CityYear.above(1_000_049));
        assertTrue(CityYear.above(1_000_051) - 49 > 1_000_051);
    }

    @Test
    void theIndicatorBenchmarkReportsEveryFigureThatDiffers() {
        String answer = "{\"coverage\":{\"coveredCommunities\":15,\"communities\":16},\"components\":{\"collectedKg\":8500000.000}}";
        assertEquals("", IndicatorBench.compare(answer, Map.of("communities", new BigDecimal("16"), "collectedKg", new BigDecimal("8500000"))));
        String diff = IndicatorBench.compare(answer, Map.of("coveredCommunities", new BigDecimal("14")));
        assertTrue(diff.contains("coveredCommunities api=15 sql=14"), diff);
    }
}

package net.wastenet.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two uploads at once by one user, each within the quota alone but not together: with the quota lock of the ledger's
 * transaction (ImportQuota's statements, as ImportLedger runs them, on an H2 database with the migrations' tables),
 * exactly one is recorded; without the lock both pass the check, which is the race the lock closes.
 */
class ImportQuotaTest {
    static final long QUOTA = 64L << 20;
    static final long FILE = 40L << 20;

    private static Connection open(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }

    private static void schema(String name) throws SQLException {
        try (Connection c = open(name); Statement s = c.createStatement()) {
            s.execute("create schema imports");
            s.execute("create table imports.bulk_import (id bigint primary key, submitted_by varchar(64) not null, "
                    + "file_bytes bigint not null, file_removed_at timestamp)");
            // the migration V22_2, as it ships
            for (String statement : new String(ImportQuotaTest.class.getResourceAsStream("/db/migration/imports/V22_2__import_quota_lock.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One upload's recording: the ledger's check, then the import recorded, the transaction kept open a while. */
    private static boolean record(String db, long id, boolean lock, CountDownLatch bothChecking) throws Exception {
        try (Connection c = open(db)) {
            c.setAutoCommit(false);
            if (lock) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(ImportQuota.LOCK)) {
                    r.next();
                }
            }
            long kept;
            try (PreparedStatement q = c.prepareStatement(ImportQuota.KEPT.replace("?1", "?"))) {
                q.setString(1, "station-jj01");
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    kept = r.getLong(1);
                }
            }
            bothChecking.countDown();
            if (!lock) {
                bothChecking.await(10, TimeUnit.SECONDS); // both have checked before either records
            }
            if (!ImportQuota.fits(kept, FILE, QUOTA)) {
                c.rollback();
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("insert into imports.bulk_import values (?, 'station-jj01', ?, null)")) {
                insert.setLong(1, id);
                insert.setLong(2, FILE);
                insert.executeUpdate();
            }
            Thread.sleep(300);
            c.commit();
            return true;
        }
    }

    private static List<Boolean> twoAtOnce(String db, boolean lock) throws Exception {
        schema(db);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothChecking = new CountDownLatch(2);
            List<Future<Boolean>> uploads = new ArrayList<>();
            for (long id = 1; id <= 2; id++) {
                long i = id;
                uploads.add(pool.submit(() -> record(db, i, lock, bothChecking)));
            }
            List<Boolean> recorded = new ArrayList<>();
            for (Future<Boolean> f : uploads) {
                recorded.add(f.get(30, TimeUnit.SECONDS));
            }
            return recorded;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoUploadsAtOnceUnderTheQuotaLockAreRecordedOneAfterTheOther() throws Exception {
        List<Boolean> recorded = twoAtOnce("quota-locked", true);
        assertEquals(1, recorded.stream().filter(b -> b).count(), "exactly one recorded: " + recorded);
        try (Connection c = open("quota-locked"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select sum(file_bytes) from imports.bulk_import")) {
            r.next();
            assertEquals(FILE, r.getLong(1), "the kept bytes stay within the quota");
        }
    }

    @Test
    void withoutTheLockBothPassTheCheck() throws Exception {
        assertEquals(List.of(true, true), twoAtOnce("quota-unlocked", false), "the race the lock closes");
    }
}

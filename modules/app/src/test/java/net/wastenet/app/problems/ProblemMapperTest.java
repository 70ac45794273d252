package net.wastenet.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a client is told when the database goes away mid-request (a PostgreSQL restart, a failover). */
class ProblemMapperTest {

    @Test
    void aLostDatabaseConnectionIsAnswered503SoTheClientSendsTheSameRequestAgain() {
        var broken = new RuntimeException("commit failed",
                new IllegalStateException("wrapped", new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        Problem p = ProblemMapper.classify(broken);
        assertEquals(503, p.status());
        assertEquals("database-unavailable", p.type());
    }

    @Test
    void aDatabaseShuttingDownIsAnswered503Too() {
        assertEquals(503, ProblemMapper.classify(new SQLException("terminating connection due to administrator command", "57P01")).status());
    }

    @Test
    void anOtherSqlFailureIsAnInternalErrorNotARetryInvitation() {
        assertEquals(500, ProblemMapper.classify(new SQLException("division by zero", "22012")).status());
    }

    /**
     * An internal error is answered with an incident id and nothing of the server's internals; the same id is in the
     * log, at SEVERE, with the failure's stack, so that support finds it from what the user quotes.
     */
    @Test
    void anInternalErrorQuotesTheIncidentTheLogRecordsWithItsFailure() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        log.addHandler(handler);
        try {
            var failure = new IllegalStateException("secret table name wastenet.internal_x");
            Problem p = ProblemMapper.classify(failure);
            assertEquals(500, p.status());
            assertFalse(p.detail().contains("internal_x"), p.detail());
            Matcher m = Pattern.compile("incident ([0-9a-f-]{36})").matcher(p.detail());
            assertTrue(m.find(), p.detail());
            var severe = logged.stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
            assertEquals(1, severe.size(), "one record of the incident");
            assertEquals("incident " + m.group(1), severe.get(0).getMessage());
            assertSame(failure, severe.get(0).getThrown(), "with the failure itself, for its stack");
        } finally {
            log.removeHandler(handler);
        }
    }
}

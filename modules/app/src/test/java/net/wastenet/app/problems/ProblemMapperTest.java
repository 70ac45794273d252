package net.wastenet.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
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
}

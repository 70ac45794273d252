package net.wastenet.shared;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Makes a create with a client key safe against two copies of one request racing each other: the
 * loser's insert hits the unique key and rolls back; one more try (in a new transaction) then finds
 * the winner's record and answers it. Call it from outside the transaction.
 */
public final class Idempotency {
    private Idempotency() {
    }

    public static <T> T retryOnKeyClash(Supplier<T> createInNewTransaction) {
        try {
            return createInNewTransaction.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return createInNewTransaction.get();
            }
            throw e;
        }
    }

    /** Whether a failure was caused by a unique constraint (SQLState 23505 on H2 and PostgreSQL). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

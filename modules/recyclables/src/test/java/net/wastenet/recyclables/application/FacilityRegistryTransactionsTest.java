package net.wastenet.recyclables.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/**
 * A row lock lasts as long as its transaction: the stock lock must join the caller's transaction (MANDATORY), never run
 * in one of its own that commits, and releases the lock, before the caller reads and takes from the stock
 * (SUPPORTS without a transaction would lock nothing at all, REQUIRED would open and close one of its own).
 */
class FacilityRegistryTransactionsTest {
    @Test
    void theStockLockRunsOnlyInsideTheCallersTransaction() throws Exception {
        Transactional tx = FacilityRegistry.class.getMethod("lockStock", String.class).getAnnotation(Transactional.class);
        assertEquals(Transactional.TxType.MANDATORY, tx == null ? null : tx.value());
    }
}

package net.wastenet.app.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a counter's increment once the current transaction commits (at once without one): a record counted is a
 * record stored, whatever the transaction's fate. A group commit that fails and is retried one by one counts each
 * record once.
 */
@ApplicationScoped
public class AfterCommit {
    @Resource
    TransactionSynchronizationRegistry transactions;

    public void run(Runnable increment) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            increment.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    increment.run();
                }
            }
        });
    }
}

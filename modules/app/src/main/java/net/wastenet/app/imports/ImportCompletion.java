package net.wastenet.app.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The job's last step: every row is done, the import is complete. */
@Named("importCompletion")
@Dependent
public class ImportCompletion extends AbstractBatchlet {
    @Inject
    @BatchProperty(name = "importId")
    String importId;
    @Inject
    ImportLedger ledger;

    @Override
    public String process() {
        ledger.completed(Long.parseLong(importId));
        return "COMPLETED";
    }
}

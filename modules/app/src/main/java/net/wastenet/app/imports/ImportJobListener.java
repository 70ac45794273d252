package net.wastenet.app.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Notes each run of an import's job: which execution is the latest, and when a run ended. */
@Named("importJobListener")
@Dependent
public class ImportJobListener implements JobListener {
    @Inject
    @BatchProperty(name = "importId")
    String importId;
    @Inject
    JobContext job;
    @Inject
    ImportLedger ledger;
    @Inject
    ImportDesk desk;

    @Override
    public void beforeJob() {
        ledger.executionStarted(Long.parseLong(importId), job.getExecutionId(), job.getInstanceId());
    }

    @Override
    public void afterJob() {
        ledger.ended(Long.parseLong(importId));
        desk.removeFilesOfFinishedImports();
    }
}

package net.wastenet.app.imports;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many partitions load an import at once: {@code wastenet.imports.partitions} (2, one per core of the
 * machine they were measured on) for a record type whose rows depend on one another only through their
 * client keys, one for the others (receipts and transfers update a facility's capacity alert of the day).
 * On the embedded H2 database always one: its MERGE is not safe against a concurrent insert of the same
 * point-day, where PostgreSQL's upsert is. A restart keeps the plan of the first run, so each partition
 * resumes its own rows: the count is kept with the import at its first run.
 */
@Named("importPartitions")
@Dependent
public class ImportPartitions implements PartitionMapper {
    @Inject
    @BatchProperty(name = "importId")
    String importId;
    @Inject
    ImportLedger ledger;
    @Inject
    ImportDesk desk;
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "wastenet.imports.partitions", defaultValue = "2")
    int configured;

    private boolean postgres() {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database", e);
        }
    }

    @Override
    public PartitionPlan mapPartitions() {
        long id = Long.parseLong(importId);
        BulkImport b = ledger.find(id).orElseThrow();
        int wanted = desk.type(b.recordType()).rowsMeetOnlyThroughTheirKeys() && postgres() ? Math.max(1, configured) : 1;
        int partitions = ledger.planPartitions(id, wanted);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        plan.setPartitionsOverride(false);
        Properties[] properties = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", String.valueOf(i));
            properties[i].setProperty("partitions", String.valueOf(partitions));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}

package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import net.wastenet.recyclables.application.Commands.NewFacilityReceipt;
import net.wastenet.recyclables.application.Commands.NewTransfer;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Role;

/**
 * The record types of recyclables that a bulk import loads: facility receipts (a plant's weighbridge
 * history) and transfers (recyclables from points and facilities). A row without a client key gets
 * one derived from its content, so that importing the same file again stores nothing new.
 */
public final class MovementImports {
    public static final List<String> RECEIPTS = List.of("facilityCode", "date", "category", "material",
            "sourceDistrictCode", "fromFacilityCode", "weightKg", "clientKey");
    public static final List<String> TRANSFERS = List.of("fromPointCode", "fromFacilityCode", "toFacilityCode",
            "material", "weightKg", "transferredAt", "clientKey");

    private MovementImports() {
    }

    static String facilityCode(RecordImport.Row r) {
        if (r.get("facilityCode") == null) {
            new Problems().missing("facilityCode").throwIfAny();
        }
        return r.get("facilityCode");
    }

    static NewFacilityReceipt receipt(RecordImport.Row r) {
        return new NewFacilityReceipt(r.get("date"), r.get("category"), r.get("material"), r.get("sourceDistrictCode"),
                r.get("fromFacilityCode"), weight(r), key(r, RECEIPTS));
    }

    static NewTransfer transfer(RecordImport.Row r) {
        return new NewTransfer(r.get("fromPointCode"), r.get("fromFacilityCode"), r.get("toFacilityCode"),
                r.get("material"), weight(r), r.get("transferredAt"), key(r, TRANSFERS));
    }

    private static BigDecimal weight(RecordImport.Row r) {
        Problems p = new Problems();
        BigDecimal weight = Parse.decimal(r.get("weightKg"), "weightKg", p);
        p.throwIfAny();
        return weight;
    }

    private static String key(RecordImport.Row r, List<String> columns) {
        if (r.get("clientKey") != null) {
            return r.get("clientKey");
        }
        return "csv:" + Fingerprint.of(columns.stream().filter(c -> !c.equals("clientKey")).map(r::get).toArray())
                .substring(0, 60);
    }

    /** A movement record type of a bulk import: its name, its header, and the use case of its rows. */
    abstract static class MovementRecordImport implements RecordImport {
        private final String recordType;
        private final List<String> header;

        MovementRecordImport(String recordType, List<String> header) {
            this.recordType = recordType;
            this.header = header;
        }

        @Override
        public String recordType() {
            return recordType;
        }

        @Override
        public List<String> header() {
            return header;
        }

        /** Administrators and facility operators (rows at facilities not theirs are refused row by row). */
        @Override
        public boolean mayImport(Actor actor) {
            return actor.has(Role.ADMIN) || actor.has(Role.FACILITY_OPERATOR);
        }
    }

    /** Facility receipts from CSV. */
    @ApplicationScoped
    public static class Receipts extends MovementRecordImport {
        @Inject
        FlowRecording flows;

        public Receipts() {
            super("receipts", RECEIPTS);
        }

        @Override
        public Outcome importChunk(List<Row> rows, Actor actor, String source) {
            return flows.importReceipts(rows, actor, source);
        }
    }

    /** Transfers of recyclables from CSV. */
    @ApplicationScoped
    public static class Transfers extends MovementRecordImport {
        @Inject
        FlowRecording flows;

        public Transfers() {
            super("transfers", TRANSFERS);
        }

        @Override
        public Outcome importChunk(List<Row> rows, Actor actor, String source) {
            return flows.importTransfers(rows, actor, source);
        }
    }
}

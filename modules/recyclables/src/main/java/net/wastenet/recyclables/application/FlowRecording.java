package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.recyclables.application.Commands.NewFacilityReceipt;
import net.wastenet.recyclables.application.Commands.NewOutput;
import net.wastenet.recyclables.application.Commands.NewStockReport;
import net.wastenet.recyclables.application.Commands.NewTransfer;
import net.wastenet.recyclables.application.Views.MovementView;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.recyclables.domain.Movement;
import net.wastenet.recyclables.domain.Movements;
import net.wastenet.recyclables.domain.StockReports;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;

/**
 * Facility operators' use cases: every tonne that enters a facility (transfers of recyclables,
 * receipts at plants, residues from other facilities), what leaves it as a product, stock counts.
 * Each movement is created by the recording pipeline with its kind's rules ({@link MovementKinds});
 * one transaction each, an import chunk one for all its rows. Creates with a client key are idempotent.
 */
@ApplicationScoped
@Transactional
public class FlowRecording implements Receipts {
    @Inject
    Event<AuditRecord> audit;
    @Inject
    FacilityRegistry registry;
    @Inject
    Movements movements;
    @Inject
    StockReports stock;
    @Inject
    CityClock clock;
    @Inject
    Recording recording;
    @Inject
    MovementKinds kinds;
    @Inject
    StockReportKind stockReports;

    /** The answer to a create: the record, and whether this call stored it (false: a retry). */
    public record Recorded(MovementView movement, boolean created) {
    }

    public Recorded transfer(NewTransfer cmd, Actor actor) {
        return recorded(recording.create(kinds.transfers(), Drafts.Transfer.of(cmd, clock), actor));
    }

    public Recorded receipt(String facilityCode, NewFacilityReceipt cmd, Actor actor) {
        return recorded(recording.create(kinds.receipts(), Drafts.Receipt.of(facilityCode, cmd, clock), actor));
    }

    public Recorded output(String facilityCode, NewOutput cmd, Actor actor) {
        return recorded(recording.create(kinds.outputs(), Drafts.Output.of(facilityCode, cmd, clock), actor));
    }

    private static Recorded recorded(Outcome<Movement> o) {
        return new Recorded(Views.of(o.record()), o.created());
    }

    public void reportStock(String facilityCode, NewStockReport cmd, Actor actor) {
        recording.create(stockReports, Drafts.Stock.of(facilityCode, cmd, clock), actor);
    }

    /**
     * One chunk of a bulk import of receipts ({@link MovementImports#RECEIPTS}), in the caller's
     * transaction: every row through the pipeline of {@code POST /facilities/{code}/receipts}, batched.
     * The file names the facility by its column, where the API names it by its path ({@code code}).
     */
    public RecordImport.Outcome importReceipts(List<RecordImport.Row> rows, Actor actor, String source) {
        RecordImport.Outcome outcome = recording.importChunk(kinds.receipts(), rows, RecordImport.Row::line,
                row -> Drafts.Receipt.of(MovementImports.facilityCode(row), MovementImports.receipt(row), clock), actor, source);
        return new RecordImport.Outcome(outcome.accepted(), outcome.alreadyStored(), outcome.rejected().stream()
                .map(r -> "code".equals(r.field()) ? new RecordImport.Rejection(r.line(), "facilityCode", r.message()) : r)
                .toList());
    }

    /** One chunk of a bulk import of transfers, as {@code POST /recyclables/transfers} would store each row. */
    public RecordImport.Outcome importTransfers(List<RecordImport.Row> rows, Actor actor, String source) {
        return recording.importChunk(kinds.transfers(), rows, RecordImport.Row::line,
                row -> Drafts.Transfer.of(MovementImports.transfer(row), clock), actor, source);
    }

    /** A receipt at a facility, as {@code POST /facilities/{code}/receipts} takes it: for the batches below. */
    public record AtFacility<C>(String facilityCode, C command) {
    }

    /**
     * Many receipts at once (the demo's day), in the caller's transaction: each through the pipeline of
     * {@code POST /facilities/{code}/receipts}, batched as an import chunk is (one audit entry for the batch).
     */
    public RecordImport.Outcome receipts(List<AtFacility<NewFacilityReceipt>> batch, Actor actor, String source) {
        return recording.importChunk(kinds.receipts(), numbered(batch), Numbered::line,
                n -> Drafts.Receipt.of(n.item().facilityCode(), n.item().command(), clock), actor, source);
    }

    /** Many transfers at once, as {@link #receipts(List, Actor, String)}. */
    public RecordImport.Outcome transfers(List<NewTransfer> batch, Actor actor, String source) {
        return recording.importChunk(kinds.transfers(), numbered(batch), Numbered::line, n -> Drafts.Transfer.of(n.item(), clock), actor, source);
    }

    /** Many outputs at once, as {@link #receipts(List, Actor, String)}. */
    public RecordImport.Outcome outputs(List<AtFacility<NewOutput>> batch, Actor actor, String source) {
        return recording.importChunk(kinds.outputs(), numbered(batch), Numbered::line,
                n -> Drafts.Output.of(n.item().facilityCode(), n.item().command(), clock), actor, source);
    }

    private record Numbered<T>(long line, T item) {
    }

    private static <T> List<Numbered<T>> numbered(List<T> items) {
        List<Numbered<T>> result = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            result.add(new Numbered<>(i + 1, items.get(i)));
        }
        return result;
    }

    /** For other modules (a kitchen-waste delivery, a treatment's residues): same rules as the API's receipts. */
    @Override
    public long record(NewReceipt r, String recordedBy) {
        return recording.create(kinds.received(), Drafts.Received.of(r), Actor.within(recordedBy)).record().id();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReceiptRecorded> recordedAfter(long afterMovementId, int limit) {
        Map<String, FacilityKind> kindsByCode = new HashMap<>();
        return movements.after(afterMovementId, limit).stream().map(m -> {
            FacilityKind toKind = m.toFacilityCode() == null ? null
                    : kindsByCode.computeIfAbsent(m.toFacilityCode(), c -> registry.require(c, "code").kind());
            FacilityKind fromKind = m.fromFacilityCode() == null ? null
                    : kindsByCode.computeIfAbsent(m.fromFacilityCode(), c -> registry.require(c, "code").kind());
            return MovementKinds.event(m, toKind, fromKind);
        }).toList();
    }
}

package net.wastenet.kitchen.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import net.wastenet.kitchen.domain.Hauler;
import net.wastenet.kitchen.domain.Manifest;
import net.wastenet.kitchen.domain.Producer;
import net.wastenet.kitchen.domain.Route;
import net.wastenet.kitchen.domain.Run;
import net.wastenet.kitchen.domain.Treatment;
import net.wastenet.kitchen.domain.Vehicle;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Material;

/** What the module answers. */
public final class Views {
    private Views() {
    }

    public record HaulerView(String code, String name) {
    }

    public record VehicleView(String code, String haulerCode, BigDecimal capacityKg) {
    }

    public record ProducerView(String code, String name, String kind, String districtCode, LocalDate activeFrom) {
    }

    public record StopView(String sourceKind, String sourceCode) {
    }

    public record RouteView(String code, String name, String haulerCode, List<StopView> stops, String destinationFacilityCode) {
    }

    public record RunView(long id, String routeCode, String vehicleCode, String haulerCode, LocalDate date) {
    }

    public record ManifestView(String manifestNo, String status, String sourceKind, String sourceCode,
                               String sourceDistrictCode, Material material, String haulerCode, String vehicleCode,
                               Long runId, BigDecimal weightKg, OffsetDateTime pickedUpAt, String handedOverBy,
                               String signedBy, String deliveryNo, String facilityCode, BigDecimal deliveredKg,
                               OffsetDateTime deliveredAt, String confirmedBy, BigDecimal discrepancyKg,
                               Boolean discrepancyFlag, Long receiptId, boolean overdue, String clientKey,
                               String destinationFacilityCode, String diversionReason, BigDecimal acceptedKg,
                               BigDecimal rejectedKg, String rejectionReason, String rejectedToFacilityCode, Long rejectionReceiptId) {
    }

    /** A refusal at pickup and the notice it gives the point: OPEN until the next clean pickup there closes it. */
    public record RefusalView(long id, String sourcePointCode, String districtCode, String haulerCode, OffsetDateTime refusedAt,
                              String reason, List<Long> photoIds, LocalDate dueDate, String status, boolean overdue, boolean repeated,
                              String repeatReason, OffsetDateTime closedAt, String closedByManifestNo, String clientKey,
                              OffsetDateTime createdAt, String createdBy) {
    }

    public record ResidueView(String toFacilityCode, BigDecimal weightKg, long receiptId) {
    }

    public record TreatmentView(long id, String facilityCode, LocalDate date, BigDecimal inputKg, BigDecimal impuritiesKg,
                                BigDecimal treatedKg, BigDecimal biogasNm3, BigDecimal crudeOilKg, BigDecimal digestateKg,
                                List<ResidueView> residues, String clientKey, OffsetDateTime createdAt, String createdBy) {
    }

    static HaulerView of(Hauler h) {
        return new HaulerView(h.code(), h.name());
    }

    static VehicleView of(Vehicle v) {
        return new VehicleView(v.code(), v.haulerCode(), v.capacityKg());
    }

    static ProducerView of(Producer p) {
        return new ProducerView(p.code(), p.name(), p.kind().name(), p.districtCode(), p.activeFrom());
    }

    static RouteView of(Route r) {
        return new RouteView(r.code(), r.name(), r.haulerCode(),
                r.stops().stream().map(s -> new StopView(s.sourceKind().name(), s.sourceCode())).toList(), r.destinationFacilityCode());
    }

    static RunView of(Run r) {
        return new RunView(r.id(), r.routeCode(), r.vehicleCode(), r.haulerCode(), r.runOn());
    }

    static ManifestView of(Manifest m, boolean overdue) {
        return new ManifestView(m.manifestNo(), m.status().name(), m.sourceKind().name(), m.sourceCode(), m.sourceDistrictCode(),
                m.material(), m.haulerCode(), m.vehicleCode(), m.runId(), m.weightKg(), CityClock.toOffset(m.pickedUpAt()),
                m.handedOverBy(), m.signedBy(), m.deliveryNo(), m.facilityCode(), m.deliveredKg(),
                m.deliveredAt() == null ? null : CityClock.toOffset(m.deliveredAt()), m.confirmedBy(), m.discrepancyKg(),
                m.discrepancyFlag(), m.receiptId(), overdue, m.clientKey(), m.destinationFacilityCode(), m.diversionReason(),
                m.deliveredKg() == null ? null : m.acceptedKg(), m.rejectedKg(), m.rejectionReason(), m.rejectedToFacilityCode(),
                m.rejectionReceiptId());
    }

    static RefusalView of(net.wastenet.kitchen.domain.Refusal r, LocalDate today) {
        return new RefusalView(r.id(), r.pointCode(), r.districtCode(), r.haulerCode(), CityClock.toOffset(r.refusedAt()), r.reason(),
                r.photoIds(), r.dueDate(), r.status().name(), r.isOverdueOn(today), r.repeated(), r.repeatReason(),
                r.closedAt() == null ? null : CityClock.toOffset(r.closedAt()), r.closedByManifestNo(), r.clientKey(),
                CityClock.toOffset(r.createdAt()), r.createdBy());
    }

    static TreatmentView of(Treatment t) {
        return new TreatmentView(t.id(), t.facilityCode(), t.treatedOn(), t.inputKg(), t.impuritiesKg(), t.treatedKg(),
                t.biogasNm3(), t.crudeOilKg(), t.digestateKg(),
                t.residues().stream().map(r -> new ResidueView(r.toFacilityCode(), r.weightKg(), r.receiptId())).toList(),
                t.clientKey(), CityClock.toOffset(t.createdAt()), t.createdBy());
    }
}

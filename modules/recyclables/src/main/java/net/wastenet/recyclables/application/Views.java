package net.wastenet.recyclables.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.recyclables.domain.CapacityAlert;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.recyclables.domain.Movement;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;

/** What the module answers. */
public final class Views {
    private Views() {
    }

    public record CapacityStep(LocalDate effectiveFrom, BigDecimal tonnesPerDay, String reason, OffsetDateTime recordedAt,
                               String recordedBy) {
    }

    public record FacilityView(String code, String name, String kind, String districtCode, BigDecimal latitude,
                               BigDecimal longitude, LocalDate activeFrom, BigDecimal designCapacityTonnesPerDay,
                               Set<WasteCategory> acceptedCategories, Set<Material> acceptedMaterials,
                               List<CapacityStep> capacityHistory) {
    }

    public record MovementView(long id, String kind, String toFacilityCode, String fromFacilityCode, String fromPointCode,
                               String sourceKind, String sourceDistrictCode, boolean residue, WasteCategory category,
                               Material material, String product, BigDecimal weightKg, LocalDate date,
                               OffsetDateTime movedAt, String reference, String clientKey, OffsetDateTime createdAt,
                               String createdBy) {
    }

    public record CapacityDay(LocalDate date, BigDecimal intakeKg, BigDecimal capacityKg, Double utilisation,
                              boolean overCapacity) {
    }

    /** Capacity utilisation = throughput ÷ (design t/day × operating days), with each day's own capacity. */
    public record CapacityView(String facilityCode, LocalDate from, LocalDate to, BigDecimal designCapacityTonnesPerDay,
                               long operatingDays, BigDecimal capacityKg, BigDecimal throughputKg, Double utilisation,
                               List<CapacityDay> days) {
    }

    public record MassBalanceView(String facilityCode, LocalDate from, LocalDate to, BigDecimal inputKg,
                                  BigDecimal outputsKg, BigDecimal residuesKg, BigDecimal stockChangeKg,
                                  BigDecimal disposedKg, BigDecimal imbalanceKg, BigDecimal imbalancePercent, BigDecimal tolerancePercent,
                                  boolean withinTolerance) {
    }

    public record FlowDay(LocalDate date, BigDecimal inKg, BigDecimal outputsKg, BigDecimal residuesKg) {
    }

    public record FlowsView(String facilityCode, LocalDate from, LocalDate to, List<FlowDay> days) {
    }

    /** What a facility received from each district, and its outputs and residues attributed to them. */
    public record AttributionView(String facilityCode, LocalDate from, LocalDate to, Map<String, BigDecimal> receivedKg,
                                  Map<String, BigDecimal> outputsKg, Map<String, BigDecimal> residuesKg) {
    }

    public record AlertView(long id, String facilityCode, LocalDate date, BigDecimal intakeKg, BigDecimal capacityKg,
                            OffsetDateTime raisedAt, boolean confirmed, OffsetDateTime confirmedAt, String confirmedBy,
                            String comment) {
    }

    public static FacilityView of(Facility f, LocalDate today) {
        return new FacilityView(f.code(), f.name(), f.kind().name(), f.districtCode(), f.latitude(), f.longitude(),
                f.activeFrom(), f.capacityOn(today), f.kind().receives(), f.acceptedMaterials(),
                f.capacityHistory().stream().map(c -> new CapacityStep(c.effectiveFrom(), c.tonnesPerDay(), c.reason(),
                        CityClock.toOffset(c.recordedAt()), c.recordedBy())).toList());
    }

    public static MovementView of(Movement m) {
        return new MovementView(m.id(), m.kind().name(), m.toFacilityCode(), m.fromFacilityCode(), m.fromPointCode(),
                m.sourceKind() == null ? null : m.sourceKind().name(), m.sourceDistrictCode(), m.residue(), m.category(),
                m.material(), m.product(), m.weightKg(), m.movedOn(), m.movedAt() == null ? null : CityClock.toOffset(m.movedAt()),
                m.reference(), m.clientKey(), CityClock.toOffset(m.createdAt()), m.createdBy());
    }

    public static AlertView of(CapacityAlert a) {
        return new AlertView(a.id(), a.facilityCode(), a.alertOn(), a.intakeKg(), a.capacityKg(),
                CityClock.toOffset(a.raisedAt()), a.confirmedAt() != null,
                a.confirmedAt() == null ? null : CityClock.toOffset(a.confirmedAt()), a.confirmedBy(), a.comment());
    }
}

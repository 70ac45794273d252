package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointSummary;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.CapacityExceeded;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.recyclables.application.Commands.NewFacilityReceipt;
import net.wastenet.recyclables.application.Commands.NewOutput;
import net.wastenet.recyclables.application.Commands.NewStockReport;
import net.wastenet.recyclables.application.Commands.NewTransfer;
import net.wastenet.recyclables.application.Views.MovementView;
import net.wastenet.recyclables.domain.CapacityAlert;
import net.wastenet.recyclables.domain.CapacityAlerts;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.recyclables.domain.FacilityKind;
import net.wastenet.recyclables.domain.Movement;
import net.wastenet.recyclables.domain.Movements;
import net.wastenet.recyclables.domain.StockReport;
import net.wastenet.recyclables.domain.StockReports;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Material;
import net.wastenet.shared.Parse;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;

/**
 * Facility operators' use cases: every tonne that enters a facility (transfers of recyclables,
 * receipts at plants, residues from other facilities), what leaves it as a product, stock counts.
 * One transaction each; a receipt that takes a day's intake over design capacity raises (or
 * updates) that day's capacity alert in the same transaction. Creates with a client key are idempotent.
 */
@ApplicationScoped
@Transactional
public class FlowRecording implements Receipts {
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    FacilityRegistry registry;
    @Inject
    Movements movements;
    @Inject
    StockReports stock;
    @Inject
    CapacityAlerts alerts;
    @Inject
    PeriodLocks locks;
    @Inject
    Event<CapacityExceeded> exceeded;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;
    @Inject
    Event<ReceiptRecorded> recorded;

    /** The answer to a create: the record, and whether this call stored it (false: a retry). */
    public record Recorded(MovementView movement, boolean created) {
    }

    public Recorded transfer(NewTransfer cmd, Actor actor) {
        Problems p = new Problems();
        boolean fromPoint = cmd.fromPointCode() != null;
        if (fromPoint == (cmd.fromFacilityCode() != null)) {
            p.add("fromPointCode", "give either fromPointCode or fromFacilityCode", "请提供 fromPointCode 或 fromFacilityCode 之一");
        } else if (fromPoint) {
            Codes.check(cmd.fromPointCode(), "fromPointCode", p);
        } else {
            Codes.check(cmd.fromFacilityCode(), "fromFacilityCode", p);
        }
        Codes.check(cmd.toFacilityCode(), "toFacilityCode", p);
        Material material = Parse.enumValue(Material.class, cmd.material(), "material", true, p);
        if (material != null) {
            p.require(material.belongsTo(WasteCategory.RECYCLABLE), "material", material + " is not a recyclable material",
                    material.nameZh() + "不是可回收物细类");
        }
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        LocalDateTime at = time(cmd.transferredAt(), "transferredAt", p);
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        String hash = Fingerprint.of("transfer", cmd.fromPointCode(), cmd.fromFacilityCode(), cmd.toFacilityCode(), material,
                weight.kilograms().stripTrailingZeros().toPlainString(), at);
        return idempotent(cmd.clientKey(), hash, () -> {
            Facility to = registry.require(cmd.toFacilityCode(), "toFacilityCode");
            actor.requireWriteAtFacility(to.code(), "toFacilityCode");
            LocalDate day = at.toLocalDate();
            Problems rules = new Problems();
            Movement m;
            if (fromPoint) {
                PointSummary point = points.point(cmd.fromPointCode())
                        .orElseThrow(() -> new UnknownCodeException("fromPointCode", Text.of("collection point", "投放点"), cmd.fromPointCode()));
                rules.require(points.canReceive(point.code(), WasteCategory.RECYCLABLE, day), "fromPointCode",
                        "point " + point.code() + " did not take recyclables on " + day + " (not accepted, or not active)",
                        "投放点 " + point.code() + " 在 " + day + " 不接收可回收物（未接收该类别或未启用）");
                to.checkCanReceive(WasteCategory.RECYCLABLE, material, day, "transferredAt", "toFacilityCode", "material", rules);
                rules.throwIfAny();
                m = Movement.fromPoint(to, point.code(), point.districtCode(), WasteCategory.RECYCLABLE, material, weight,
                        day, at, null, cmd.clientKey(), hash, clock.now(), actor.name());
            } else {
                Facility from = registry.require(cmd.fromFacilityCode(), "fromFacilityCode");
                checkNotItself(from, to, rules);
                rules.require(from.kind().handlesRecyclables(), "fromFacilityCode",
                        "a " + from.kind() + " sends no recyclables on; record its residues as outputs",
                        from.kind() + " 不转运可回收物；其残渣请作为产出登记");
                to.checkCanReceive(WasteCategory.RECYCLABLE, material, day, "transferredAt", "toFacilityCode", "material", rules);
                rules.throwIfAny();
                m = Movement.betweenFacilities(from, to, WasteCategory.RECYCLABLE, material, weight, day, at, null,
                        cmd.clientKey(), hash, clock.now(), actor.name());
            }
            return store(m, to, from(m), "transferredAt");
        });
    }

    public Recorded receipt(String facilityCode, NewFacilityReceipt cmd, Actor actor) {
        Problems p = new Problems();
        LocalDate day = date(cmd.date(), "date", p);
        WasteCategory category = Parse.enumValue(WasteCategory.class, cmd.category(), "category", true, p);
        Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
        if (material != null && category != null) {
            p.require(material.belongsTo(category), "material", material + " is not a material of " + category,
                    material.nameZh() + "不属于" + category.nameZh());
        }
        boolean fromDistrict = cmd.sourceDistrictCode() != null;
        if (fromDistrict == (cmd.fromFacilityCode() != null)) {
            p.add("sourceDistrictCode", "give either sourceDistrictCode or fromFacilityCode",
                    "请提供 sourceDistrictCode 或 fromFacilityCode 之一");
        } else if (fromDistrict) {
            Codes.checkDistrict(cmd.sourceDistrictCode(), "sourceDistrictCode", p);
        } else {
            Codes.check(cmd.fromFacilityCode(), "fromFacilityCode", p);
        }
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        String hash = Fingerprint.of("receipt", facilityCode, day, category, material, cmd.sourceDistrictCode(),
                cmd.fromFacilityCode(), weight.kilograms().stripTrailingZeros().toPlainString());
        return idempotent(cmd.clientKey(), hash, () -> {
            Facility to = registry.require(facilityCode, "code");
            actor.requireWriteAtFacility(to.code(), "code");
            Problems rules = new Problems();
            to.checkCanReceive(category, material, day, "date", "category", "material", rules);
            Movement m;
            if (fromDistrict) {
                if (points.district(cmd.sourceDistrictCode()).isEmpty()) {
                    throw new UnknownCodeException("sourceDistrictCode", Text.of("district", "区（市）县"), cmd.sourceDistrictCode());
                }
                rules.throwIfAny();
                m = Movement.fromDistrict(to, cmd.sourceDistrictCode(), category, material, weight, day, cmd.clientKey(),
                        hash, clock.now(), actor.name());
            } else {
                Facility from = registry.require(cmd.fromFacilityCode(), "fromFacilityCode");
                checkNotItself(from, to, rules);
                rules.throwIfAny();
                m = Movement.betweenFacilities(from, to, category, material, weight, day, null, null, cmd.clientKey(), hash,
                        clock.now(), actor.name());
            }
            return store(m, to, from(m), "date");
        });
    }

    public Recorded output(String facilityCode, NewOutput cmd, Actor actor) {
        Problems p = new Problems();
        LocalDate day = date(cmd.date(), "date", p);
        String kind = cmd.kind();
        p.require("PRODUCT".equals(kind) || "RESIDUE".equals(kind), "kind", "must be one of PRODUCT, RESIDUE",
                "必须是以下之一：PRODUCT, RESIDUE");
        Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
        if ("RESIDUE".equals(kind)) {
            if (cmd.toFacilityCode() == null) {
                p.add("toFacilityCode", "a residue goes to a facility: name it", "残渣必须注明去向设施");
            } else {
                Codes.check(cmd.toFacilityCode(), "toFacilityCode", p);
            }
        } else if ("PRODUCT".equals(kind) && cmd.toFacilityCode() != null) {
            p.add("toFacilityCode", "a product leaves the chain: record what goes to a facility as a transfer or residue",
                    "产品离开处理链：送往设施的请登记为转运或残渣");
        }
        if (cmd.product() != null) {
            Codes.checkText(cmd.product(), 128, "product", p);
        }
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        String hash = Fingerprint.of("output", facilityCode, day, kind, cmd.toFacilityCode(), material, cmd.product(),
                weight.kilograms().stripTrailingZeros().toPlainString());
        return idempotent(cmd.clientKey(), hash, () -> {
            Facility from = registry.require(facilityCode, "code");
            actor.requireWriteAtFacility(from.code(), "code");
            Problems rules = new Problems();
            rules.require(from.isInServiceOn(day), "date", "is before facility " + from.code() + " came into service",
                    "早于设施 " + from.code() + " 投运日期");
            if ("PRODUCT".equals(kind)) {
                WasteCategory category = material != null ? material.category() : from.kind().receives().iterator().next();
                rules.throwIfAny();
                Movement m = Movement.product(from, category, material, cmd.product() == null ? null : cmd.product().strip(),
                        weight, day, cmd.clientKey(), hash, clock.now(), actor.name());
                return store(m, null, from, "date");
            }
            Facility to = registry.require(cmd.toFacilityCode(), "toFacilityCode");
            checkNotItself(from, to, rules);
            rules.require(to.kind().takesResidues() || to.kind() == FacilityKind.HAZARDOUS_WASTE_FACILITY, "toFacilityCode",
                    "residues go to incineration, landfill or a hazardous-waste facility, not to a " + to.kind(),
                    "残渣应送往焚烧厂、填埋场或危废处置设施，不能送往 " + to.kind());
            WasteCategory category = to.kind() == FacilityKind.HAZARDOUS_WASTE_FACILITY ? WasteCategory.HAZARDOUS : WasteCategory.RESIDUAL;
            Material residueMaterial = material != null && material.belongsTo(category) ? material : null;
            to.checkCanReceive(category, residueMaterial, day, "date", "toFacilityCode", "material", rules);
            rules.throwIfAny();
            Movement m = Movement.betweenFacilities(from, to, category, residueMaterial, weight, day, null, null,
                    cmd.clientKey(), hash, clock.now(), actor.name());
            return store(m, to, from, "date");
        });
    }

    public void reportStock(String facilityCode, NewStockReport cmd, Actor actor) {
        Problems p = new Problems();
        LocalDate day = date(cmd.date(), "date", p);
        if (cmd.stockKg() == null) {
            p.missing("stockKg");
        } else {
            p.require(cmd.stockKg().signum() >= 0 && cmd.stockKg().compareTo(BigDecimal.valueOf(100_000_000)) <= 0,
                    "stockKg", "must be 0 to 100000000 kg", "必须在 0 到 100000000 千克之间");
        }
        p.throwIfAny();
        Facility f = registry.require(facilityCode, "code");
        actor.requireWriteAtFacility(f.code(), "code");
        stock.add(new StockReport(f, day, cmd.stockKg(), clock.now(), actor.name()));
        audit.fire(AuditRecord.created("stock-report", f.code() + " " + day, actor, cmd));
    }

    /**
     * One chunk of a bulk import of receipts ({@link MovementImports#RECEIPTS}), in the caller's
     * transaction: each row through the same rules as {@code POST /facilities/{code}/receipts}.
     */
    public RecordImport.Outcome importReceipts(List<RecordImport.Row> rows, Actor actor) {
        RecordImport.Outcome outcome = importRows(rows, row -> receipt(MovementImports.facilityCode(row),
                MovementImports.receipt(row), actor));
        // the API names the facility by its path ("code"); the file by its column
        return new RecordImport.Outcome(outcome.accepted(), outcome.alreadyStored(), outcome.rejected().stream()
                .map(r -> "code".equals(r.field()) ? new RecordImport.Rejection(r.line(), "facilityCode", r.message()) : r)
                .toList());
    }

    /** One chunk of a bulk import of transfers, as {@code POST /recyclables/transfers} would store each row. */
    public RecordImport.Outcome importTransfers(List<RecordImport.Row> rows, Actor actor) {
        return importRows(rows, row -> transfer(MovementImports.transfer(row), actor));
    }

    /**
     * Stores rows one by one through a use case of this bean, called directly so that a refused row is
     * reported rather than marking the chunk's transaction for rollback (every rule is checked before
     * anything is stored, so a refused row leaves nothing behind).
     */
    private static RecordImport.Outcome importRows(List<RecordImport.Row> rows, Function<RecordImport.Row, Recorded> one) {
        int accepted = 0;
        int alreadyStored = 0;
        List<RecordImport.Rejection> rejected = new ArrayList<>();
        for (RecordImport.Row row : rows) {
            try {
                if (one.apply(row).created()) {
                    accepted++;
                } else {
                    alreadyStored++;
                }
            } catch (RuntimeException e) {
                rejected.addAll(RecordImport.Outcome.rejectionsOf(row.line(), e));
            }
        }
        return new RecordImport.Outcome(accepted, alreadyStored, rejected);
    }

    /** For other modules (a kitchen-waste delivery, a treatment's residues): same rules as the API's receipts. */
    @Override
    public long record(NewReceipt r, Actor actor) {
        Problems p = new Problems();
        WasteCategory category = Parse.enumValue(WasteCategory.class, r.category(), "category", true, p);
        Material material = Parse.enumValue(Material.class, r.material(), "material", false, p);
        Weight weight = Weight.check(r.weightKg(), "weightKg", p);
        p.throwIfAny();
        LocalDate day = r.receivedAt().toLocalDate();
        Facility to = registry.require(r.facilityCode(), "facilityCode");
        Problems rules = new Problems();
        to.checkCanReceive(category, material, day, "receivedAt", "facilityCode", "material", rules);
        String hash = Fingerprint.of("api", r);
        Movement m;
        Facility from = null;
        if (r.fromFacilityCode() != null) {
            from = registry.require(r.fromFacilityCode(), "fromFacilityCode");
            checkNotItself(from, to, rules);
            rules.throwIfAny();
            m = Movement.betweenFacilities(from, to, category, material, weight, day, r.receivedAt(), r.reference(),
                    r.clientKey(), hash, clock.now(), actor.name());
        } else if (r.fromPointCode() != null) {
            PointSummary point = points.point(r.fromPointCode())
                    .orElseThrow(() -> new UnknownCodeException("fromPointCode", Text.of("collection point", "投放点"), r.fromPointCode()));
            rules.throwIfAny();
            m = Movement.fromPoint(to, point.code(), point.districtCode(), category, material, weight, day, r.receivedAt(),
                    r.reference(), r.clientKey(), hash, clock.now(), actor.name());
        } else {
            rules.throwIfAny();
            m = Movement.fromProducer(to, r.producerDistrictCode(), category, material, weight, day, r.receivedAt(),
                    r.reference(), r.clientKey(), hash, clock.now(), actor.name());
        }
        return store(m, to, from, "receivedAt").movement().id();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<ReceiptRecorded> recordedIn(net.wastenet.shared.DateRange period) {
        java.util.Map<String, String> kinds = new java.util.HashMap<>();
        return movements.between(period).stream().map(m -> {
            String toKind = m.toFacilityCode() == null ? null
                    : kinds.computeIfAbsent(m.toFacilityCode(), c -> registry.require(c, "code").kind().name());
            String fromKind = m.fromFacilityCode() == null ? null
                    : kinds.computeIfAbsent(m.fromFacilityCode(), c -> registry.require(c, "code").kind().name());
            return event(m, toKind, fromKind);
        }).toList();
    }

    private static ReceiptRecorded event(Movement m, String toKind, String fromKind) {
        return new ReceiptRecorded(m.id(), m.kind().name(), m.toFacilityCode(), toKind, m.fromFacilityCode(), fromKind,
                m.sourceKind() == null ? null : m.sourceKind().name(), m.sourceDistrictCode(), m.residue(),
                m.category().name(), m.material() == null ? null : m.material().name(), m.movedOn(), m.weightKg());
    }

    /** Stores a movement unless a district whose figures it enters has the day locked (409 naming {@code dateField}). */
    private Recorded store(Movement m, Facility to, Facility from, String dateField) {
        locks.requireOpen(m.movedOn(), dateField, to == null ? null : to.districtCode(), from == null ? null : from.districtCode(),
                m.sourceDistrictCode());
        movements.add(m);
        movements.flush();
        if (to != null) {
            raiseAlertIfOverCapacity(to, m.movedOn());
        }
        recorded.fire(event(m, to == null ? null : to.kind().name(), from == null ? null : from.kind().name()));
        MovementView view = Views.of(m);
        audit.fire(new AuditRecord("movement", String.valueOf(m.id()), "CREATE", m.createdBy(), null, null, view));
        return new Recorded(view, true);
    }

    private Facility from(Movement m) {
        return m.fromFacilityCode() == null ? null : registry.require(m.fromFacilityCode(), "fromFacilityCode");
    }

    /** A day's intake over the design capacity of that day raises its alert, or updates the one raised. */
    private void raiseAlertIfOverCapacity(Facility f, LocalDate day) {
        BigDecimal intake = movements.intakeOn(f.id(), day);
        BigDecimal capacity = f.capacityOn(day);
        if (!CapacityAlert.isOverCapacity(intake, capacity)) {
            return;
        }
        CapacityAlert alert = alerts.on(f.id(), day).orElse(null);
        if (alert == null) {
            alert = new CapacityAlert(f, day, intake, capacity.multiply(BigDecimal.valueOf(1000)), clock.now());
            alerts.add(alert);
        } else {
            alert.update(intake);
        }
        exceeded.fire(new CapacityExceeded(alert.id(), f.code(), f.name(), f.districtCode(), day, intake, alert.capacityKg()));
    }

    private Recorded idempotent(String clientKey, String hash, Supplier<Recorded> create) {
        if (clientKey != null) {
            var earlier = movements.findByClientKey(clientKey);
            if (earlier.isPresent()) {
                if (!earlier.get().isSameRequest(hash)) {
                    throw ConflictException.clientKeyReused(clientKey);
                }
                return new Recorded(Views.of(earlier.get()), false);
            }
        }
        return create.get();
    }

    private static void checkNotItself(Facility from, Facility to, Problems rules) {
        rules.require(!from.code().equals(to.code()), "toFacilityCode", "a facility cannot send to itself",
                "设施不能发送给自身");
    }

    private LocalDateTime time(String value, String field, Problems p) {
        OffsetDateTime t = Parse.dateTime(value, field, true, p);
        if (t == null) {
            return null;
        }
        LocalDateTime local = CityClock.toCity(t);
        p.require(!local.isAfter(clock.latestAcceptable()), field, "is in the future", "晚于当前时间");
        return local;
    }

    private LocalDate date(String value, String field, Problems p) {
        LocalDate d = Parse.date(value, field, true, p);
        if (d != null) {
            p.require(!d.isAfter(clock.today()), field, "is in the future", "晚于今天");
        }
        return d;
    }
}

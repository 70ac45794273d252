package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.kitchen.application.Commands.NewTreatment;
import net.wastenet.kitchen.application.Commands.Residue;
import net.wastenet.kitchen.application.Views.TreatmentView;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Treatment;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * Plant operators record a day's treatment; its residues become receipts at the facilities they
 * go to (recyclables api), in the same transaction.
 */
@ApplicationScoped
@Transactional
public class TreatmentRecording implements net.wastenet.kitchen.api.TreatmentRecords {
    private static final BigDecimal MAX = BigDecimal.valueOf(10_000_000);

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    PeriodLocks locks;
    @Inject
    KitchenRegistry registry;
    @Inject
    FacilityDirectory facilities;
    @Inject
    Receipts receipts;
    @Inject
    CityClock clock;
    @Inject
    Event<TreatmentRecorded> recorded;

    /** The answer to a create: the record, and whether this call stored it (false: a retry). */
    public record Recorded(TreatmentView treatment, boolean created) {
    }

    public Recorded record(NewTreatment cmd, Actor actor) {
        Problems p = new Problems();
        Codes.check(cmd.facilityCode(), "facilityCode", p);
        LocalDate day = Parse.date(cmd.date(), "date", true, p);
        if (day != null) {
            p.require(!day.isAfter(clock.today()), "date", "is in the future", "晚于今天");
        }
        amount(cmd.inputKg(), "inputKg", true, p);
        amount(cmd.impuritiesKg(), "impuritiesKg", true, p);
        amount(cmd.biogasNm3(), "biogasNm3", false, p);
        amount(cmd.crudeOilKg(), "crudeOilKg", false, p);
        amount(cmd.digestateKg(), "digestateKg", false, p);
        List<Residue> residues = cmd.residues() == null ? List.of() : cmd.residues();
        BigDecimal residuesKg = BigDecimal.ZERO;
        for (int i = 0; i < residues.size(); i++) {
            Codes.check(residues.get(i).toFacilityCode(), "residues[" + i + "].toFacilityCode", p);
            if (amount(residues.get(i).weightKg(), "residues[" + i + "].weightKg", true, p)) {
                residuesKg = residuesKg.add(residues.get(i).weightKg());
            }
        }
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        if (cmd.inputKg().signum() == 0) {
            throw new InvalidInputException("inputKg", Text.of("must be greater than 0", "必须大于 0"));
        }
        String hash = Fingerprint.of(cmd.facilityCode(), day, cmd.inputKg().stripTrailingZeros(), cmd.impuritiesKg().stripTrailingZeros(),
                cmd.biogasNm3(), cmd.crudeOilKg(), cmd.digestateKg(), residues);
        if (cmd.clientKey() != null) {
            var earlier = registry.treatmentByClientKey(cmd.clientKey());
            if (earlier.isPresent()) {
                actor.requireWriteAtFacility(earlier.get().facilityCode(), "facilityCode");
                if (!earlier.get().isSameRequest(hash)) {
                    throw ConflictException.clientKeyReused(cmd.clientKey());
                }
                return new Recorded(Views.of(earlier.get()), false);
            }
        }
        FacilitySummary plant = facilities.facility(cmd.facilityCode())
                .orElseThrow(() -> new UnknownCodeException("facilityCode", Text.of("facility", "设施"), cmd.facilityCode()));
        actor.requireWriteAtFacility(plant.code(), "facilityCode");
        locks.requireOpen(day, "date", plant.districtCode());
        Problems rules = new Problems();
        rules.require("KITCHEN_WASTE_PLANT".equals(plant.kind()), "facilityCode", plant.code() + " is not a kitchen-waste plant",
                plant.code() + " 不是餐厨（厨余）垃圾处理厂");
        BigDecimal available = facilities.receivedUpTo(plant.code(), day).subtract(registry.treatedInputUpTo(plant.code(), day));
        Treatment.check(cmd.inputKg(), cmd.impuritiesKg(), residuesKg, available, rules);
        rules.throwIfAny();
        Treatment t = new Treatment(plant.code(), day, cmd.inputKg(), cmd.impuritiesKg(), zero(cmd.biogasNm3()),
                zero(cmd.crudeOilKg()), zero(cmd.digestateKg()), cmd.clientKey(), hash, clock.now(), actor.name());
        registry.add(t);
        for (int i = 0; i < residues.size(); i++) {
            Residue r = residues.get(i);
            long receipt = receipts.record(new NewReceipt(r.toFacilityCode(), day.atTime(23, 0), "RESIDUAL", null, null, null,
                    plant.code(), true, r.weightKg(), "treatment " + plant.code() + " " + day, null), actor);
            t.sentOn(new Treatment.Residue(r.toFacilityCode(), r.weightKg(), receipt));
        }
        registry.flush();
        recorded.fire(new TreatmentRecorded(t.id(), plant.code(), day, t.inputKg(), t.impuritiesKg(), t.treatedKg()));
        var view = Views.of(t);
        audit.fire(AuditRecord.created("treatment", t.id(), actor, view));
        return new Recorded(view, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TreatmentView> list(String facilityCode, DateRange range, PageRequest page, Actor actor) {
        FacilitySummary plant = facilities.facility(facilityCode)
                .orElseThrow(() -> new UnknownCodeException("facilityCode", Text.of("facility", "设施"), facilityCode));
        actor.requireReadFacility(plant.code(), plant.districtCode(), "facilityCode");
        return registry.treatments(plant.code(), range.from(), range.to(), page).map(Views::of);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TreatmentRecorded> recordedIn(DateRange period) {
        return registry.treatmentsBetween(period.from(), period.to()).stream()
                .map(t -> new TreatmentRecorded(t.id(), t.facilityCode(), t.treatedOn(), t.inputKg(), t.impuritiesKg(), t.treatedKg()))
                .toList();
    }

    private static boolean amount(BigDecimal value, String field, boolean required, Problems p) {
        if (value == null) {
            if (required) {
                p.missing(field);
            }
            return false;
        }
        return p.require(value.signum() >= 0 && value.compareTo(MAX) <= 0 && value.stripTrailingZeros().scale() <= 3, field,
                "must be 0 to 10000000, at most 3 decimals", "必须在 0 到 10000000 之间，最多 3 位小数");
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}

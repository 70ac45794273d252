package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.kitchen.application.Commands.NewTreatment;
import net.wastenet.kitchen.application.Views.TreatmentView;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Treatment;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;

/**
 * Plant operators record a day's treatment ({@link TreatmentKind}, through the recording pipeline);
 * its residues become receipts at the facilities they go to (recyclables api), in the same transaction.
 */
@ApplicationScoped
@Transactional
public class TreatmentRecording implements net.wastenet.kitchen.api.TreatmentRecords {
    @Inject
    KitchenRegistry registry;
    @Inject
    Recording recording;
    @Inject
    TreatmentKind kind;
    @Inject
    FacilityDirectory facilities;
    @Inject
    CityClock clock;

    /** The answer to a create: the record, and whether this call stored it (false: a retry). */
    public record Recorded(TreatmentView treatment, boolean created) {
    }

    public Recorded record(NewTreatment cmd, Actor actor) {
        Outcome<Treatment> o = recording.create(kind, KitchenDrafts.TreatmentDraft.of(cmd, clock), actor);
        return new Recorded(Views.of(o.record()), o.created());
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
    public List<TreatmentRecorded> recordedAfter(long afterTreatmentId, int limit) {
        return registry.treatmentsAfter(afterTreatmentId, limit).stream()
                .map(t -> new TreatmentRecorded(t.id(), t.facilityCode(), t.treatedOn(), t.inputKg(), t.impuritiesKg(), t.treatedKg()))
                .toList();
    }

}

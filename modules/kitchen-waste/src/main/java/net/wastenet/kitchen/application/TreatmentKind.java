package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.kitchen.application.KitchenDrafts.TreatmentDraft;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Treatment;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/**
 * A day's treatment, as the recording pipeline creates it: at a plant of the operator's, by the rules of
 * {@link Treatment#record}; its residues become receipts at the facilities they go to, in the same transaction.
 */
@ApplicationScoped
public class TreatmentKind implements RecordKind<TreatmentDraft, Map<String, FacilitySummary>, Treatment> {
    @Inject
    KitchenRegistry registry;
    @Inject
    FacilityDirectory facilities;
    @Inject
    Receipts receipts;

    @Override
    public String name() {
        return "treatment";
    }

    @Override
    public void checkScope(TreatmentDraft d, Actor actor) {
        actor.requireWriteAtFacility(d.facilityCode(), "facilityCode");
    }

    @Override
    public Map<String, Treatment> earlier(String submitter, Set<String> clientKeys) {
        return registry.treatmentsByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(Treatment t) {
        return t.requestHash();
    }

    /**
     * A treatment is recorded one at a time: its rules read the plant's stock as it stands, the plant's row locked
     * first, so that two treatments at once (on any instance) cannot both take the same untreated stock.
     */
    @Override
    public Map<String, FacilitySummary> lookUp(List<TreatmentDraft> drafts) {
        if (drafts.size() > 1) {
            throw new IllegalStateException("treatments are recorded one at a time, not " + drafts.size());
        }
        Map<String, FacilitySummary> plants = new HashMap<>();
        for (TreatmentDraft d : drafts) {
            facilities.facility(d.facilityCode()).ifPresent(f -> {
                facilities.lockStock(f.code());
                plants.put(f.code(), f);
            });
        }
        return plants;
    }

    @Override
    public Dated dated(TreatmentDraft d, Map<String, FacilitySummary> plants) {
        return Dated.on(d.day(), "date", plant(d, plants).districtCode());
    }

    @Override
    public Treatment make(TreatmentDraft d, Map<String, FacilitySummary> plants, Stamp stamp) {
        FacilitySummary plant = plant(d, plants);
        BigDecimal available = facilities.receivedUpTo(plant.code(), d.day()).subtract(registry.treatedInputUpTo(plant.code(), d.day()));
        return Treatment.record(plant.code(), plant.kind().treatsKitchenWaste(), d.day(), d.inputKg(), d.impuritiesKg(), d.biogasNm3(),
                d.crudeOilKg(), d.digestateKg(), d.residues().stream().map(r -> new Treatment.Residue(r.toFacilityCode(), r.weightKg()))
                        .toList(), available, stamp);
    }

    /** The treatments, then their residues as receipts where they go (the residues' own rules apply there). */
    @Override
    public List<?> store(List<Treatment> treatments) {
        List<Object> events = new ArrayList<>();
        for (Treatment t : treatments) {
            registry.add(t);
            for (Treatment.Residue r : t.residues()) {
                r.receivedAs(receipts.record(new NewReceipt(r.toFacilityCode(), t.treatedOn().atTime(23, 0), "RESIDUAL", null, null,
                        null, t.facilityCode(), true, r.weightKg(), "treatment " + t.facilityCode() + " " + t.treatedOn(), null),
                        t.createdBy()));
            }
            events.add(new TreatmentRecorded(t.id(), t.facilityCode(), t.treatedOn(), t.inputKg(), t.impuritiesKg(), t.treatedKg()));
        }
        return events;
    }

    @Override
    public Object ref(Treatment t) {
        return t.id();
    }

    @Override
    public Object audited(Treatment t) {
        return Views.of(t);
    }

    private static FacilitySummary plant(TreatmentDraft d, Map<String, FacilitySummary> plants) {
        FacilitySummary plant = plants.get(d.facilityCode());
        if (plant == null) {
            throw new UnknownCodeException("facilityCode", Text.of("facility", "设施"), d.facilityCode());
        }
        return plant;
    }
}

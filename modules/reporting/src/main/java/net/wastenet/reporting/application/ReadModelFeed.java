package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.points.api.TonnageCorrected;
import net.wastenet.points.api.TonnageLogged;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.reporting.domain.KitchenLogFact;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.ReceiptFact;
import net.wastenet.reporting.domain.TreatmentFact;
import net.wastenet.shared.WasteCategory;

/**
 * Keeps the read model in step with the records: each observer runs synchronously inside the
 * transaction that wrote the record, so the fact is stored with it or not at all.
 */
@ApplicationScoped
public class ReadModelFeed {
    @Inject
    ReadModel model;

    void onReceipt(@Observes ReceiptRecorded r) {
        model.add(fact(r));
    }

    void onTreatment(@Observes TreatmentRecorded t) {
        model.add(new TreatmentFact(t.treatmentId(), t.day(), t.facilityCode(), t.inputKg(), t.impuritiesKg()));
    }

    void onTonnage(@Observes TonnageLogged t) {
        if (t.category() == WasteCategory.KITCHEN) {
            model.add(new KitchenLogFact(t.logId(), t.pointCode(), t.weighedOn(), true));
        }
    }

    void onCorrection(@Observes TonnageCorrected c) {
        boolean kitchen = c.categoryAfter() == WasteCategory.KITCHEN;
        if (kitchen == (c.categoryBefore() == WasteCategory.KITCHEN)) {
            return;
        }
        model.kitchenLog(c.logId()).ifPresentOrElse(k -> k.setKitchen(kitchen),
                () -> model.add(new KitchenLogFact(c.logId(), c.pointCode(), c.weighedOn(), kitchen)));
    }

    static ReceiptFact fact(ReceiptRecorded r) {
        return new ReceiptFact(r.movementId(), r.day(), r.kind(), r.toFacilityCode(), r.toFacilityKind(), r.fromFacilityCode(),
                r.fromFacilityKind(), r.sourceKind(), r.sourceDistrictCode(), r.residue(), r.category(), r.weightKg());
    }
}

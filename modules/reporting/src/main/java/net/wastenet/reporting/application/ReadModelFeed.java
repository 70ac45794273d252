package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.points.api.TonnageCorrected;
import net.wastenet.points.api.TonnageImported;
import net.wastenet.points.api.TonnageImported.PointDay;
import net.wastenet.points.api.TonnageLogged;
import java.util.Set;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.reporting.domain.PointLogFact;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.ReceiptFact;
import net.wastenet.reporting.domain.TreatmentFact;

/**
 * Keeps the read model in step with the records: each observer runs synchronously inside the
 * transaction that wrote the record, so the fact is stored with it or not at all.
 */
@ApplicationScoped
public class ReadModelFeed {
    @Inject
    ReadModel model;
    @Inject
    WarningDesk warnings;

    void onReceipt(@Observes ReceiptRecorded r) {
        model.add(fact(r));
    }

    void onTreatment(@Observes TreatmentRecorded t) {
        model.add(new TreatmentFact(t.treatmentId(), t.day(), t.facilityCode(), t.inputKg(), t.impuritiesKg()));
    }

    void onTonnage(@Observes TonnageLogged t) {
        model.add(new PointLogFact(t.logId(), t.pointCode(), t.districtCode(), t.weighedOn(), t.category().name(), t.weightKg()));
        if (!t.imported()) {
            warnings.checkPointDays(Set.of(new PointDay(t.pointCode(), t.districtCode(), t.weighedOn())));
        }
    }

    void onImport(@Observes TonnageImported chunk) {
        warnings.checkPointDays(chunk.pointDays());
    }

    void onCorrection(@Observes TonnageCorrected c) {
        model.pointLog(c.logId()).ifPresentOrElse(f -> f.revise(c.categoryAfter().name(), c.weightKgAfter()),
                () -> model.add(new PointLogFact(c.logId(), c.pointCode(), c.districtCode(), c.weighedOn(), c.categoryAfter().name(),
                        c.weightKgAfter())));
        warnings.checkPointDays(Set.of(new PointDay(c.pointCode(), c.districtCode(), c.weighedOn())));
    }

    static ReceiptFact fact(ReceiptRecorded r) {
        return new ReceiptFact(r.movementId(), r.day(), r.kind(), r.toFacilityCode(), r.toFacilityKind(), r.fromFacilityCode(),
                r.fromFacilityKind(), r.sourceKind(), r.sourceDistrictCode(), r.residue(), r.category(), r.weightKg());
    }
}

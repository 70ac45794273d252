package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.points.api.TonnageCorrected;
import net.wastenet.points.api.TonnageLogged;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.reporting.domain.PointDayChange;
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
    @Inject
    net.wastenet.shared.CityClock clock;

    void onReceipt(@Observes ReceiptRecorded r) {
        model.addReceipt(fact(r));
        model.noteChange(r.day(), r.day(), clock.now());
    }

    /**
     * An inspection changes the 达标 verdict of every period that includes its day (the latest inspection decides) and,
     * when it closes a rectification, of every period ending after it (the rectification is no longer overdue then).
     */
    void onInspection(@Observes net.wastenet.quality.api.InspectionRecorded i) {
        model.noteChange(i.day(), IndicatorCache.LAST_DAY, clock.now());
    }

    /** A rectification completed by its due date is not overdue after it: periods ending from the completion on change. */
    void onRectificationCompleted(@Observes net.wastenet.quality.api.RectificationCompleted r) {
        model.noteChange(r.completedOn().isBefore(r.dueDate()) ? r.completedOn() : r.dueDate(), IndicatorCache.LAST_DAY, clock.now());
    }

    void onTreatment(@Observes TreatmentRecorded t) {
        model.add(new TreatmentFact(t.treatmentId(), t.day(), t.facilityCode(), t.inputKg(), t.impuritiesKg()));
        model.noteChange(t.day(), t.day(), clock.now());
    }

    /**
     * The weighings of one request, group commit or import chunk: their facts, their points' daily
     * sums (one change per point-day), then the point-day rule once per point-day; an import's chunk
     * only notes its point-days for the rule, which its job's last step applies to the whole file.
     */
    void onTonnage(@Observes TonnageLogged logged) {
        List<PointLogFact> facts = new ArrayList<>(logged.weighings().size());
        List<PointDayChange> changes = new ArrayList<>(logged.weighings().size());
        Set<ReadModel.PointDayKey> days = new HashSet<>();
        for (TonnageLogged.Weighing w : logged.weighings()) {
            facts.add(new PointLogFact(w.logId(), w.pointCode(), w.districtCode(), w.weighedOn(), w.category().name(), w.weightKg()));
            changes.add(new PointDayChange(w.pointCode(), w.weighedOn(), w.districtCode(), w.weightKg(), 1, kitchen(w.category().name())));
            days.add(new ReadModel.PointDayKey(w.pointCode(), w.districtCode(), w.weighedOn()));
        }
        model.addPointLogs(facts);
        // weighings change an indicator only through the kitchen-waste evidence (coverage)
        if (model.changePointDays(PointDayChange.combine(changes))) {
            model.noteChange(facts.stream().map(PointLogFact::day).min(java.util.Comparator.naturalOrder()).orElseThrow(),
                    facts.stream().map(PointLogFact::day).max(java.util.Comparator.naturalOrder()).orElseThrow(), clock.now());
        }
        if (logged.imported()) {
            // judged once the whole file is in (the import's last step), against complete four weeks
            model.noteUnchecked(days);
        } else {
            warnings.checkPointDays(days);
        }
    }

    void onCorrection(@Observes TonnageCorrected c) {
        var fact = model.pointLog(c.logId());
        PointDayChange change;
        if (fact.isPresent()) {
            int kitchenBefore = kitchen(fact.get().category());
            fact.get().revise(c.categoryAfter().name(), c.weightKgAfter());
            change = new PointDayChange(c.pointCode(), c.weighedOn(), c.districtCode(), c.weightKgAfter().subtract(c.weightKgBefore()), 0,
                    kitchen(c.categoryAfter().name()) - kitchenBefore);
        } else {
            // a weighing the read model never had: it enters now, as corrected
            model.addPointLogs(List.of(new PointLogFact(c.logId(), c.pointCode(), c.districtCode(), c.weighedOn(),
                    c.categoryAfter().name(), c.weightKgAfter())));
            change = new PointDayChange(c.pointCode(), c.weighedOn(), c.districtCode(), c.weightKgAfter(), 1,
                    kitchen(c.categoryAfter().name()));
        }
        if (model.changePointDays(PointDayChange.combine(List.of(change)))) {
            model.noteChange(c.weighedOn(), c.weighedOn(), clock.now());
        }
        warnings.checkPointDays(Set.of(new ReadModel.PointDayKey(c.pointCode(), c.districtCode(), c.weighedOn())));
    }

    private static int kitchen(String category) {
        return PointLogFact.KITCHEN.equals(category) ? 1 : 0;
    }

    static ReceiptFact fact(ReceiptRecorded r) {
        return new ReceiptFact(r.movementId(), r.day(), r.kind(), r.toFacilityCode(), name(r.toFacilityKind()), r.fromFacilityCode(),
                name(r.fromFacilityKind()), name(r.sourceKind()), r.sourceDistrictCode(), r.residue(), r.category(), r.material(), r.weightKg());
    }

    private static String name(Enum<?> kind) {
        return kind == null ? null : kind.name();
    }
}

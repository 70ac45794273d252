package net.wastenet.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.wastenet.points.api.TonnageLogged;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.points.domain.TonnageEntry;
import net.wastenet.points.domain.TonnageLog;
import net.wastenet.points.domain.TonnageLogs;
import net.wastenet.shared.Actor;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/** A weighing, as the recording pipeline creates it: at a point of the submitter's, by the point's rules. */
@ApplicationScoped
public class TonnageLogKind implements RecordKind<TonnageDraft, Map<String, CollectionPoint>, TonnageLog> {
    @Inject
    CollectionPoints points;
    @Inject
    TonnageLogs logs;

    @Override
    public String name() {
        return "tonnage-log";
    }

    @Override
    public String category(TonnageDraft d) {
        return d.entry().category().name();
    }

    @Override
    public void checkScope(TonnageDraft d, Actor actor) {
        actor.requireWriteAtPoint(d.pointCode(), "pointCode");
    }

    @Override
    public Map<String, TonnageLog> earlier(String submitter, Set<String> clientKeys) {
        return logs.findByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(TonnageLog log) {
        return log.requestHash();
    }

    @Override
    public Map<String, CollectionPoint> lookUp(List<TonnageDraft> drafts) {
        return points.findAll(drafts.stream().map(TonnageDraft::pointCode).collect(Collectors.toSet()));
    }

    @Override
    public Dated dated(TonnageDraft d, Map<String, CollectionPoint> points) {
        return Dated.on(d.weighedAt().toLocalDate(), "weighedAt", point(d, points).districtCode());
    }

    @Override
    public TonnageLog make(TonnageDraft d, Map<String, CollectionPoint> points, Stamp stamp) {
        return TonnageLog.record(point(d, points), d.entry(), d.weighedAt(), stamp);
    }

    @Override
    public List<?> store(List<TonnageLog> stored) {
        return store(stored, false);
    }

    @Override
    public List<?> store(List<TonnageLog> stored, boolean imported) {
        logs.addAll(stored);
        return List.of(new TonnageLogged(stored.stream().map(l -> {
            TonnageEntry e = l.current();
            return new TonnageLogged.Weighing(l.id(), l.pointCode(), l.districtCode(), l.weighedOn(), e.category(), e.material(),
                    e.weight().kilograms());
        }).toList(), imported));
    }

    @Override
    public Object ref(TonnageLog log) {
        return log.id();
    }

    @Override
    public Object audited(TonnageLog log) {
        return Views.of(log, false);
    }

    private static CollectionPoint point(TonnageDraft d, Map<String, CollectionPoint> points) {
        CollectionPoint point = points.get(d.pointCode());
        if (point == null) {
            throw new UnknownCodeException("pointCode", ReferenceData.POINT, d.pointCode());
        }
        return point;
    }
}

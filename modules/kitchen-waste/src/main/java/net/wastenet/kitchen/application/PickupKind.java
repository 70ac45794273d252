package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.kitchen.application.KitchenDrafts.PickupDraft;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Manifest;
import net.wastenet.kitchen.domain.Producer;
import net.wastenet.kitchen.domain.Route;
import net.wastenet.kitchen.domain.Run;
import net.wastenet.kitchen.domain.Source;
import net.wastenet.kitchen.domain.Vehicle;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointSummary;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/**
 * A pickup, as the recording pipeline creates it: the hauler's own, its vehicle's row locked while its
 * load is checked (two pickups at once, on two instances, cannot both find room only one has), the
 * manifest's rules in {@link Manifest#pickUp}. A pickup at a point closes the point's open refusal notices
 * ({@link net.wastenet.kitchen.domain.Refusal#closeBy}): each closing is audited (refusal, CLOSE, by whoever recorded the
 * pickup) and published ({@link net.wastenet.kitchen.api.RefusalNoticeClosed}).
 */
@ApplicationScoped
public class PickupKind implements RecordKind<PickupDraft, PickupKind.Refs, Manifest> {
    @Inject
    jakarta.enterprise.event.Event<AuditRecord> audit;
    @Inject
    KitchenRegistry registry;
    @Inject
    PointDirectory points;
    @Inject
    net.wastenet.recyclables.api.FacilityDirectory facilities;

    @Override
    public String name() {
        return "manifest";
    }

    @Override
    public void checkScope(PickupDraft d, Actor actor) {
        actor.requireActForHauler(d.haulerCode(), "haulerCode");
    }

    @Override
    public Map<String, Manifest> earlier(String submitter, Set<String> clientKeys) {
        return registry.manifestsByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(Manifest m) {
        return m.requestHash();
    }

    /** A pickup is signed one at a time: its rules read its vehicle's load as it stands. */
    @Override
    public Refs lookUp(List<PickupDraft> drafts) {
        if (drafts.size() > 1) {
            throw new IllegalStateException("pickups are recorded one at a time, not " + drafts.size());
        }
        return new Refs();
    }

    @Override
    public Dated dated(PickupDraft d, Refs refs) {
        refs.hauler(d.haulerCode());
        refs.vehicle(d.vehicleCode());
        Source source = refs.source(d);
        if (d.runId() != null) {
            refs.run(d.runId());
        }
        return Dated.on(d.at().toLocalDate(), "pickedUpAt", source.districtCode());
    }

    @Override
    public Manifest make(PickupDraft d, Refs refs, Stamp stamp) {
        Vehicle vehicle = refs.vehicle(d.vehicleCode());
        Run run = d.runId() == null ? null : refs.run(d.runId());
        Route route = run == null ? null : registry.route(run.routeCode()).orElseThrow();
        return Manifest.pickUp(refs.source(d), d.haulerCode(), vehicle, registry.onBoard(vehicle.code()), d.weight(), d.at(), run,
                route, destination(d, route), d.handedOverBy(), stamp);
    }

    /**
     * Where the load goes: the plant the hauler chose, else the plant of the run's route, else the one plant named by
     * the hauler's routes that visit the source (none or several: the pickup must name it).
     */
    Manifest.Destination destination(PickupDraft d, Route runRoute) {
        String field = "destinationFacilityCode";
        String code = d.destinationFacilityCode();
        if (code == null && runRoute != null) {
            code = runRoute.destinationFacilityCode();
            field = "runId";
        }
        if (code == null) {
            var source = d.sourcePointCode() != null ? net.wastenet.recyclables.api.SourceKind.POINT
                    : net.wastenet.recyclables.api.SourceKind.PRODUCER;
            String sourceCode = d.sourcePointCode() != null ? d.sourcePointCode() : d.producerCode();
            var plants = registry.routes(d.haulerCode()).stream().filter(r -> r.visits(source, sourceCode))
                    .map(Route::destinationFacilityCode).filter(java.util.Objects::nonNull).distinct().toList();
            if (plants.size() == 1) {
                code = plants.get(0);
            }
            field = "destinationFacilityCode";
        }
        if (code == null) {
            return new Manifest.Destination(null, false, field);
        }
        String chosen = code;
        var plant = facilities.facility(chosen).orElseThrow(() -> new UnknownCodeException("destinationFacilityCode",
                Text.of("facility", "设施"), chosen));
        return new Manifest.Destination(plant.code(), plant.kind().treatsKitchenWaste(), field);
    }

    @Override
    public List<?> store(List<Manifest> manifests) {
        List<Object> events = new java.util.ArrayList<>(manifests.size());
        for (Manifest m : manifests) {
            registry.add(m);
            m.number();
            if (m.sourceKind() == net.wastenet.recyclables.api.SourceKind.POINT) {
                // a clean pickup at the point closes its open notices (refusals before it), each closing audited and published
                for (var r : registry.openRefusals(m.sourceCode())) {
                    var before = Views.of(r, m.pickedUpAt().toLocalDate());
                    if (r.closeBy(m.manifestNo(), m.sourceCode(), m.pickedUpAt())) {
                        audit.fire(new AuditRecord("refusal", String.valueOf(r.id()), "CLOSE", m.signedBy(),
                                "closed by the clean pickup " + m.manifestNo() + " / 收运联单 " + m.manifestNo() + " 正常收运，通知关闭", before,
                                Views.of(r, m.pickedUpAt().toLocalDate())));
                        events.add(new net.wastenet.kitchen.api.RefusalNoticeClosed(r.id(), r.pointCode(), r.districtCode(), m.manifestNo(),
                                m.pickedUpAt(), m.signedBy()));
                    }
                }
            }
            events.add(new net.wastenet.kitchen.api.ManifestPickedUp(m.manifestNo(), m.haulerCode(), m.vehicleCode(), m.sourceKind(),
                    m.sourceCode(), m.sourceDistrictCode(), m.material(), m.weightKg(), m.pickedUpAt(), m.destinationFacilityCode()));
        }
        return events;
    }

    @Override
    public Object ref(Manifest m) {
        return m.manifestNo();
    }

    @Override
    public Object audited(Manifest m) {
        return Views.of(m, false);
    }

    /** What a pickup names, read once: its hauler, vehicle (locked for loading), source on the day, run. */
    final class Refs {
        private final Map<String, Vehicle> vehicles = new HashMap<>();
        private final Map<String, Source> sources = new HashMap<>();
        private final Map<Long, Run> runs = new HashMap<>();

        void hauler(String code) {
            registry.hauler(code).orElseThrow(() -> new UnknownCodeException("haulerCode", KitchenReference.HAULER, code));
        }

        Vehicle vehicle(String code) {
            return vehicles.computeIfAbsent(code, c -> registry.vehicleForLoading(c)
                    .orElseThrow(() -> new UnknownCodeException("vehicleCode", KitchenReference.VEHICLE, c)));
        }

        Run run(long id) {
            return runs.computeIfAbsent(id, i -> registry.run(i)
                    .orElseThrow(() -> new UnknownCodeException("runId", Text.of("run", "收运趟次"), String.valueOf(i))));
        }

        Source source(PickupDraft d) {
            LocalDate day = d.at().toLocalDate();
            if (d.sourcePointCode() != null) {
                return sources.computeIfAbsent("P " + d.sourcePointCode() + " " + day, k -> {
                    PointSummary point = points.point(d.sourcePointCode()).orElseThrow(() -> new UnknownCodeException(
                            "sourcePointCode", Text.of("collection point", "投放点"), d.sourcePointCode()));
                    return Source.point(point.code(), point.districtCode(), point.acceptedCategories().contains(WasteCategory.KITCHEN),
                            points.isActiveOn(point.code(), day));
                });
            }
            return sources.computeIfAbsent("R " + d.producerCode() + " " + day, k -> {
                Optional<Producer> found = registry.producer(d.producerCode());
                Producer producer = found.orElseThrow(() -> new UnknownCodeException("producerCode", KitchenReference.PRODUCER,
                        d.producerCode()));
                return Source.producer(producer.code(), producer.districtCode(), producer.kind().material(), producer.isActiveOn(day));
            });
        }
    }
}

package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointSummary;
import net.wastenet.recyclables.api.CapacityExceeded;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.recyclables.domain.CapacityAlert;
import net.wastenet.recyclables.domain.CapacityAlerts;
import net.wastenet.recyclables.domain.Facilities;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.recyclables.domain.Movement;
import net.wastenet.recyclables.domain.Movements;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.Draft;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/**
 * The movements the recording pipeline creates: a transfer, a plant's receipt, a facility's output,
 * and a receipt another module records (a delivery, a treatment's residue). What they share: the
 * facilities and points they name, read once per batch; stored movements raise (or update) the
 * capacity alert of each receiving facility's day that they take over its design capacity; each
 * publishes {@link ReceiptRecorded}.
 */
@ApplicationScoped
public class MovementKinds {
    static final Text POINT = Text.of("collection point", "投放点");

    @Inject
    Facilities facilities;
    @Inject
    Movements movements;
    @Inject
    CapacityAlerts alerts;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;

    private final RecordKind<Drafts.Transfer, Refs, Movement> transfers = new MovementKind<>() {
        @Override
        public String tallyName() {
            return "transfer";
        }

        @Override
        public void checkScope(Drafts.Transfer d, Actor actor) {
            actor.requireWriteAtFacility(d.toFacilityCode(), "toFacilityCode");
        }

        @Override
        public Dated dated(Drafts.Transfer d, Refs refs) {
            Facility to = refs.facility(d.toFacilityCode(), "toFacilityCode");
            if (d.fromPointCode() != null) {
                return Dated.on(d.at().toLocalDate(), "transferredAt", to.districtCode(),
                        refs.point(d.fromPointCode(), "fromPointCode").districtCode());
            }
            return Dated.on(d.at().toLocalDate(), "transferredAt", to.districtCode(),
                    refs.facility(d.fromFacilityCode(), "fromFacilityCode").districtCode());
        }

        @Override
        public Movement make(Drafts.Transfer d, Refs refs, Stamp stamp) {
            Facility to = refs.facility(d.toFacilityCode(), "toFacilityCode");
            if (d.fromPointCode() != null) {
                PointSummary point = refs.point(d.fromPointCode(), "fromPointCode");
                return Movement.transfer(new Movement.PointOrigin(point.code(), point.districtCode(),
                        points.canReceive(point.code(), WasteCategory.RECYCLABLE, d.at().toLocalDate())), to, d.material(),
                        d.weight(), d.at(), stamp);
            }
            return Movement.transfer(refs.facility(d.fromFacilityCode(), "fromFacilityCode"), to, d.material(), d.weight(), d.at(),
                    stamp);
        }
    };

    private final RecordKind<Drafts.Receipt, Refs, Movement> receipts = new MovementKind<>() {
        @Override
        public String tallyName() {
            return "receipt";
        }

        @Override
        public String category(Drafts.Receipt d) {
            return d.category() == null ? "" : d.category().name();
        }

        @Override
        public void checkScope(Drafts.Receipt d, Actor actor) {
            actor.requireWriteAtFacility(d.facilityCode(), "code");
        }

        @Override
        public Dated dated(Drafts.Receipt d, Refs refs) {
            Facility to = refs.facility(d.facilityCode(), "code");
            if (d.sourceDistrictCode() != null) {
                refs.district(d.sourceDistrictCode(), "sourceDistrictCode");
                return Dated.on(d.day(), "date", to.districtCode(), d.sourceDistrictCode());
            }
            return Dated.on(d.day(), "date", to.districtCode(), refs.facility(d.fromFacilityCode(), "fromFacilityCode").districtCode());
        }

        @Override
        public Movement make(Drafts.Receipt d, Refs refs, Stamp stamp) {
            Facility to = refs.facility(d.facilityCode(), "code");
            if (d.sourceDistrictCode() != null) {
                return Movement.receipt(d.sourceDistrictCode(), to, d.category(), d.material(), d.weight(), d.day(), stamp);
            }
            return Movement.receipt(refs.facility(d.fromFacilityCode(), "fromFacilityCode"), to, d.category(), d.material(),
                    d.weight(), d.day(), stamp);
        }
    };

    private final RecordKind<Drafts.Output, Refs, Movement> outputs = new MovementKind<>() {
        @Override
        public String tallyName() {
            return "output";
        }

        @Override
        public void checkScope(Drafts.Output d, Actor actor) {
            actor.requireWriteAtFacility(d.facilityCode(), "code");
        }

        @Override
        public Dated dated(Drafts.Output d, Refs refs) {
            Facility from = refs.facility(d.facilityCode(), "code");
            if (d.residue()) {
                return Dated.on(d.day(), "date", refs.facility(d.toFacilityCode(), "toFacilityCode").districtCode(), from.districtCode());
            }
            return Dated.on(d.day(), "date", from.districtCode());
        }

        @Override
        public Movement make(Drafts.Output d, Refs refs, Stamp stamp) {
            Facility from = refs.facility(d.facilityCode(), "code");
            if (d.residue()) {
                return Movement.residue(from, refs.facility(d.toFacilityCode(), "toFacilityCode"), d.material(), d.weight(), d.day(),
                        stamp);
            }
            return Movement.product(from, d.material(), d.product(), d.weight(), d.day(), stamp);
        }
    };

    /** A receipt another module records as part of its own record, whose submitter's scope that record's use case checked. */
    private final RecordKind<Drafts.Received, Refs, Movement> received = new MovementKind<>() {
        @Override
        public String tallyName() {
            return "receipt";
        }

        @Override
        public String category(Drafts.Received d) {
            return d.category() == null ? "" : d.category().name();
        }

        @Override
        public void checkScope(Drafts.Received d, Actor actor) {
            // the delivery or treatment it belongs to was checked against its submitter's scope
        }

        @Override
        public Dated dated(Drafts.Received d, Refs refs) {
            NewReceipt r = d.receipt();
            Facility to = refs.facility(r.facilityCode(), "facilityCode");
            String source = r.fromFacilityCode() != null ? refs.facility(r.fromFacilityCode(), "fromFacilityCode").districtCode()
                    : r.fromPointCode() != null ? refs.point(r.fromPointCode(), "fromPointCode").districtCode()
                    : r.producerDistrictCode();
            return Dated.on(r.receivedAt().toLocalDate(), "receivedAt", to.districtCode(), source);
        }

        @Override
        public Movement make(Drafts.Received d, Refs refs, Stamp stamp) {
            NewReceipt r = d.receipt();
            Movement.Origin origin = r.fromFacilityCode() != null
                    ? new Movement.Origin.FromFacility(refs.facility(r.fromFacilityCode(), "fromFacilityCode"))
                    : r.fromPointCode() != null
                    ? new Movement.Origin.Point(r.fromPointCode(), refs.point(r.fromPointCode(), "fromPointCode").districtCode())
                    : new Movement.Origin.Producer(r.producerDistrictCode());
            return Movement.received(origin, refs.facility(r.facilityCode(), "facilityCode"), d.category(), d.material(), d.weight(),
                    r.receivedAt(), r.reference(), stamp);
        }
    };

    RecordKind<Drafts.Transfer, Refs, Movement> transfers() {
        return transfers;
    }

    RecordKind<Drafts.Receipt, Refs, Movement> receipts() {
        return receipts;
    }

    RecordKind<Drafts.Output, Refs, Movement> outputs() {
        return outputs;
    }

    RecordKind<Drafts.Received, Refs, Movement> received() {
        return received;
    }

    /**
     * What a batch's drafts name, read when first asked and kept for the batch: facilities, points,
     * districts. An unknown code is refused (404) naming the client's field.
     */
    final class Refs {
        private final Map<String, Optional<Facility>> facilityByCode = new HashMap<>();
        private final Map<String, Optional<PointSummary>> pointByCode = new HashMap<>();
        private final Map<String, Boolean> districtKnown = new HashMap<>();

        Facility facility(String code, String field) {
            return facilityByCode.computeIfAbsent(code, facilities::find)
                    .orElseThrow(() -> new UnknownCodeException(field, FacilityRegistry.FACILITY, code));
        }

        PointSummary point(String code, String field) {
            return pointByCode.computeIfAbsent(code, points::point).orElseThrow(() -> new UnknownCodeException(field, POINT, code));
        }

        void district(String code, String field) {
            if (!districtKnown.computeIfAbsent(code, c -> points.district(c).isPresent())) {
                throw new UnknownCodeException(field, Text.of("district", "区（市）县"), code);
            }
        }
    }

    /** What every movement kind shares: client keys, storage, capacity alerts, events, audit. */
    abstract class MovementKind<D extends Draft> implements RecordKind<D, Refs, Movement> {
        @Override
        public String name() {
            return "movement";
        }

        @Override
        public Map<String, Movement> earlier(String submitter, Set<String> clientKeys) {
            return movements.findByClientKeys(submitter, clientKeys);
        }

        @Override
        public String fingerprintOf(Movement m) {
            return m.requestHash();
        }

        @Override
        public Refs lookUp(List<D> drafts) {
            return new Refs();
        }

        /** Stores the movements, raises the capacity alerts of the days they push over capacity, and answers their events. */
        @Override
        public List<?> store(List<Movement> stored) {
            movements.addAll(stored);
            List<Object> events = new ArrayList<>();
            Map<String, Facility> byCode = new HashMap<>();
            Map<Facility, Set<LocalDate>> receivingDays = new LinkedHashMap<>();
            for (Movement m : stored) {
                Facility to = m.toFacilityCode() == null ? null : byCode.computeIfAbsent(m.toFacilityCode(), this::facility);
                Facility from = m.fromFacilityCode() == null ? null : byCode.computeIfAbsent(m.fromFacilityCode(), this::facility);
                events.add(event(m, to == null ? null : to.kind(), from == null ? null : from.kind()));
                if (to != null) {
                    receivingDays.computeIfAbsent(to, f -> new java.util.TreeSet<>()).add(m.movedOn());
                }
            }
            receivingDays.forEach((facility, days) -> days.forEach(day -> overCapacity(facility, day).ifPresent(events::add)));
            return events;
        }

        @Override
        public Object ref(Movement m) {
            return m.id();
        }

        @Override
        public Object audited(Movement m) {
            return Views.of(m);
        }

        private Facility facility(String code) {
            return facilities.find(code).orElseThrow();
        }
    }

    /** A day's intake over the design capacity of that day raises its alert, or updates the one raised. */
    private Optional<CapacityExceeded> overCapacity(Facility f, LocalDate day) {
        BigDecimal intake = movements.intakeOn(f.id(), day);
        BigDecimal capacity = f.capacityOn(day);
        if (!CapacityAlert.isOverCapacity(intake, capacity)) {
            return Optional.empty();
        }
        CapacityAlert alert = alerts.on(f.id(), day).orElse(null);
        if (alert == null) {
            alert = new CapacityAlert(f, day, intake, capacity.multiply(BigDecimal.valueOf(1000)), clock.now());
            alerts.add(alert);
        } else {
            alert.update(intake);
        }
        return Optional.of(new CapacityExceeded(alert.id(), f.code(), f.name(), f.districtCode(), day, intake, alert.capacityKg()));
    }

    static ReceiptRecorded event(Movement m, FacilityKind toKind, FacilityKind fromKind) {
        return new ReceiptRecorded(m.id(), m.kind().name(), m.toFacilityCode(), toKind, m.fromFacilityCode(), fromKind,
                m.sourceKind(), m.sourceDistrictCode(), m.residue(), m.category().name(),
                m.material() == null ? null : m.material().name(), m.movedOn(), m.weightKg());
    }
}

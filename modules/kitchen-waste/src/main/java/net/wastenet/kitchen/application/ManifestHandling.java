package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.wastenet.kitchen.api.ManifestDelivered;
import net.wastenet.kitchen.application.Commands.Delivery;
import net.wastenet.kitchen.application.Commands.MultiDelivery;
import net.wastenet.kitchen.application.Commands.Pickup;
import net.wastenet.kitchen.application.Views.ManifestView;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Manifest;
import net.wastenet.kitchen.domain.Producer;
import net.wastenet.kitchen.domain.Run;
import net.wastenet.kitchen.domain.Source;
import net.wastenet.kitchen.domain.Vehicle;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Proportions;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The manifest from pickup to the plant's weighbridge. A pickup is signed by the hauler; a delivery
 * is confirmed by the plant and, in the same transaction, recorded as receipts at the plant (through
 * the recyclables module's api), one per manifest, each carrying its source's district.
 */
@ApplicationScoped
@Transactional
public class ManifestHandling {
    static final Text MANIFEST = Text.of("manifest", "收运联单");

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    KitchenRegistry registry;
    @Inject
    PointDirectory points;
    @Inject
    FacilityDirectory facilities;
    @Inject
    Receipts receipts;
    @Inject
    CityClock clock;
    @Inject
    PeriodLocks locks;
    @Inject
    Event<ManifestDelivered> delivered;
    @Inject
    @ConfigProperty(name = "wastenet.kitchen.discrepancyTolerancePercent", defaultValue = "5")
    BigDecimal tolerancePercent;
    @Inject
    @ConfigProperty(name = "wastenet.kitchen.overdueHours", defaultValue = "24")
    long overdueHours;

    /** The answer to a pickup: the manifest, and whether this call created it (false: a retry). */
    public record PickedUp(ManifestView manifest, boolean created) {
    }

    public PickedUp pickUp(Pickup cmd, Actor actor) {
        Problems p = new Problems();
        boolean fromPoint = cmd.sourcePointCode() != null;
        if (fromPoint == (cmd.producerCode() != null)) {
            p.add("sourcePointCode", "give either sourcePointCode or producerCode", "请提供 sourcePointCode 或 producerCode 之一");
        } else {
            Codes.check(fromPoint ? cmd.sourcePointCode() : cmd.producerCode(), fromPoint ? "sourcePointCode" : "producerCode", p);
        }
        Codes.check(cmd.haulerCode(), "haulerCode", p);
        Codes.checkText(cmd.vehicleCode(), 32, "vehicleCode", p);
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        LocalDateTime at = time(cmd.pickedUpAt(), "pickedUpAt", p);
        if (cmd.handedOverBy() != null) {
            Codes.checkText(cmd.handedOverBy(), 64, "handedOverBy", p);
        }
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        String hash = Fingerprint.of(cmd.sourcePointCode(), cmd.producerCode(), cmd.haulerCode(), cmd.vehicleCode(),
                weight.kilograms().stripTrailingZeros().toPlainString(), at, cmd.runId());
        if (cmd.clientKey() != null) {
            var earlier = registry.manifestByClientKey(cmd.clientKey());
            if (earlier.isPresent()) {
                actor.requireActForHauler(earlier.get().haulerCode(), "haulerCode");
                if (!earlier.get().isSameRequest(hash)) {
                    throw ConflictException.clientKeyReused(cmd.clientKey());
                }
                return new PickedUp(view(earlier.get()), false);
            }
        }
        registry.hauler(cmd.haulerCode()).orElseThrow(() -> new UnknownCodeException("haulerCode", KitchenReference.HAULER, cmd.haulerCode()));
        actor.requireActForHauler(cmd.haulerCode(), "haulerCode");
        Vehicle vehicle = registry.vehicleForLoading(cmd.vehicleCode())
                .orElseThrow(() -> new UnknownCodeException("vehicleCode", KitchenReference.VEHICLE, cmd.vehicleCode()));
        Source source = fromPoint ? pointSource(cmd.sourcePointCode(), at.toLocalDate()) : producerSource(cmd.producerCode(), at.toLocalDate());
        locks.requireOpen(at.toLocalDate(), "pickedUpAt", source.districtCode());
        if (cmd.runId() != null) {
            Run run = registry.run(cmd.runId()).orElseThrow(() -> new UnknownCodeException("runId", Text.of("run", "收运趟次"), String.valueOf(cmd.runId())));
            var route = registry.route(run.routeCode()).orElseThrow();
            Problems r = new Problems();
            r.require(run.vehicleCode().equals(vehicle.code()), "runId", "run " + run.id() + " is vehicle " + run.vehicleCode() + "'s",
                    "该趟次属于车辆 " + run.vehicleCode());
            r.require(run.runOn().equals(at.toLocalDate()), "runId", "run " + run.id() + " is on " + run.runOn(), "该趟次日期为 " + run.runOn());
            r.require(route.visits(source.kind(), source.code()), "runId", "route " + route.code() + " does not visit " + source.code(),
                    "路线 " + route.code() + " 不经过 " + source.code());
            r.throwIfAny();
        }
        Manifest m = Manifest.pickUp(source, cmd.haulerCode(), vehicle, registry.onBoard(vehicle.code()), weight, at, cmd.runId(),
                cmd.handedOverBy(), cmd.clientKey(), hash, clock.now(), actor.name());
        registry.add(m);
        m.number();
        registry.flush();
        ManifestView created = view(m);
        audit.fire(AuditRecord.created("manifest", m.manifestNo(), actor, created));
        return new PickedUp(created, true);
    }

    /** The contract's delivery of one manifest: its own weighbridge weight. */
    public ManifestView deliver(String manifestNo, Delivery cmd, Actor actor) {
        List<ManifestView> done = deliverAll(new MultiDelivery(cmd.facilityCode(), cmd.weightKg(), cmd.deliveredAt(),
                manifestNo == null ? null : List.of(manifestNo)), actor, "manifestNo");
        return done.get(0);
    }

    /**
     * One weighbridge weight for a vehicle's load of several manifests: the discrepancy is that of
     * the summed pickups against the weighbridge, and each manifest's receipt is its share of the
     * weighbridge weight, in proportion to its pickup weight.
     */
    public List<ManifestView> deliverAll(MultiDelivery cmd, Actor actor, String manifestField) {
        Problems p = new Problems();
        Codes.check(cmd.facilityCode(), "facilityCode", p);
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        LocalDateTime at = time(cmd.deliveredAt(), "deliveredAt", p);
        if (cmd.manifestNos() == null || cmd.manifestNos().isEmpty()) {
            p.add(manifestField, "name at least one manifest", "至少需要一张收运联单");
        }
        p.throwIfAny();
        FacilitySummary plant = facilities.facility(cmd.facilityCode())
                .orElseThrow(() -> new UnknownCodeException("facilityCode", Text.of("facility", "设施"), cmd.facilityCode()));
        if (!actor.mayWriteAtFacility(plant.code())) {
            throw new NotYoursException("facilityCode", Text.of("facility " + plant.code() + " is not one of yours",
                    "设施 " + plant.code() + " 不在您的权限范围内"));
        }
        var nos = new LinkedHashSet<>(cmd.manifestNos());
        Map<String, Manifest> byNo = new LinkedHashMap<>();
        registry.manifests(nos).forEach(m -> byNo.put(m.manifestNo(), m));
        for (String no : nos) {
            if (!byNo.containsKey(no)) {
                throw new UnknownCodeException(manifestField, MANIFEST, no);
            }
        }
        Map<String, BigDecimal> pickups = new LinkedHashMap<>();
        byNo.values().forEach(m -> pickups.put(m.manifestNo(), m.weightKg()));
        BigDecimal pickedUp = pickups.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> shares = Proportions.split(pickups, weight.kilograms());
        String deliveryNo = "D-" + byNo.values().iterator().next().manifestNo();
        boolean kitchenPlant = "KITCHEN_WASTE_PLANT".equals(plant.kind());
        List<ManifestView> result = new ArrayList<>();
        for (Manifest m : byNo.values()) {
            locks.requireOpen(at.toLocalDate(), "deliveredAt", plant.districtCode(), m.sourceDistrictCode());
            m.deliver(deliveryNo, plant.code(), kitchenPlant, new Weight(shares.get(m.manifestNo())), pickedUp,
                    weight.kilograms(), at, tolerancePercent, actor.name());
            boolean point = Source.POINT.equals(m.sourceKind());
            long receipt = receipts.record(new NewReceipt(plant.code(), at, WasteCategory.KITCHEN.name(), m.material().name(),
                    point ? m.sourceCode() : null, point ? null : m.sourceDistrictCode(), null, false,
                    m.deliveredKg(), m.manifestNo(), null), actor);
            m.receivedAs(receipt);
            delivered.fire(new ManifestDelivered(m.manifestNo(), m.sourceKind(), m.sourceCode(), m.sourceDistrictCode(),
                    plant.code(), at.toLocalDate(), m.weightKg(), m.deliveredKg(), m.discrepancyKg(), m.discrepancyFlag()));
            ManifestView delivered = view(m);
            audit.fire(AuditRecord.changed("manifest", m.manifestNo(), "DELIVER", actor, null, null, delivered));
            result.add(delivered);
        }
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ManifestView find(String manifestNo, Actor actor) {
        Manifest m = registry.manifest(manifestNo).orElseThrow(() -> new UnknownCodeException("manifestNo", MANIFEST, manifestNo));
        if (!mayRead(m, actor)) {
            throw new NotYoursException("manifestNo", Text.of("manifest " + manifestNo + " is not yours to read",
                    "您无权查看收运联单 " + manifestNo));
        }
        return view(m);
    }

    /**
     * Lists manifests within what the actor may read: haulers their own, plant operators those
     * delivered to their plant, officers those from their district, the bureau all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ManifestView> list(String status, boolean overdueOnly, String haulerCode, String facilityCode,
                                   String districtCode, LocalDate from, LocalDate to, PageRequest page, Actor actor) {
        Problems p = new Problems();
        if (status != null) {
            p.require(status.equals("PICKED_UP") || status.equals("DELIVERED"), "status", "must be PICKED_UP or DELIVERED",
                    "必须是 PICKED_UP 或 DELIVERED");
        }
        p.throwIfAny();
        if (!actor.readsEverything()) {
            if (actor.has(Role.HAULER) && actor.haulers().size() == 1 && haulerCode == null) {
                haulerCode = actor.haulers().iterator().next();
            }
            if (actor.has(Role.FACILITY_OPERATOR) && actor.facilities().size() == 1 && facilityCode == null && haulerCode == null) {
                facilityCode = actor.facilities().iterator().next();
            }
            if (actor.has(Role.DISTRICT_OFFICER) && actor.districts().size() == 1 && districtCode == null
                    && haulerCode == null && facilityCode == null) {
                districtCode = actor.districts().iterator().next();
            }
            boolean allowed = haulerCode != null && actor.mayActForHauler(haulerCode)
                    || facilityCode != null && actor.mayWriteAtFacility(facilityCode)
                    || districtCode != null && actor.mayReadDistrict(districtCode);
            if (!allowed) {
                throw new NotYoursException(null, Text.of("name your hauler, your facility or your district",
                        "请指定您的收运单位、设施或辖区"));
            }
        }
        String effectiveStatus = overdueOnly ? "PICKED_UP" : status;
        LocalDateTime before = overdueOnly ? clock.now().minusHours(overdueHours) : null;
        return registry.manifests(new KitchenRegistry.ManifestFilter(effectiveStatus, haulerCode, facilityCode, districtCode,
                before, from, to), page).map(this::view);
    }

    private boolean mayRead(Manifest m, Actor actor) {
        return actor.readsEverything() || actor.mayActForHauler(m.haulerCode())
                || m.facilityCode() != null && actor.mayWriteAtFacility(m.facilityCode())
                || actor.mayReadDistrict(m.sourceDistrictCode());
    }

    private ManifestView view(Manifest m) {
        return Views.of(m, m.isOverdue(clock.now(), Duration.ofHours(overdueHours)));
    }

    private Source pointSource(String code, LocalDate day) {
        var point = points.point(code).orElseThrow(() -> new UnknownCodeException("sourcePointCode", Text.of("collection point", "投放点"), code));
        Problems p = new Problems();
        p.require(point.acceptedCategories().contains(WasteCategory.KITCHEN), "sourcePointCode",
                "point " + code + " takes no kitchen waste", "投放点 " + code + " 不接收厨余垃圾");
        p.require(points.isActiveOn(code, day), "sourcePointCode", "point " + code + " was not active on " + day,
                "投放点 " + code + " 在 " + day + " 未启用");
        p.throwIfAny();
        return new Source(Source.POINT, code, point.districtCode(), Material.HOUSEHOLD_KITCHEN);
    }

    private Source producerSource(String code, LocalDate day) {
        Producer producer = registry.producer(code).orElseThrow(() -> new UnknownCodeException("producerCode", KitchenReference.PRODUCER, code));
        if (!producer.isActiveOn(day)) {
            throw new InvalidInputException("producerCode", Text.of("producer " + code + " was not registered yet on " + day,
                    "产生单位 " + code + " 在 " + day + " 尚未登记"));
        }
        return new Source(Source.PRODUCER, code, producer.districtCode(), producer.kind().material());
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
}

package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.wastenet.kitchen.api.ManifestDelivered;
import net.wastenet.kitchen.application.Commands.MultiDelivery;
import net.wastenet.kitchen.application.Commands.Pickup;
import net.wastenet.kitchen.application.Views.ManifestView;
import net.wastenet.kitchen.domain.Delivery;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Manifest;
import net.wastenet.kitchen.domain.Rejection;
import net.wastenet.quality.api.ContaminationNote;
import net.wastenet.quality.api.QualityEvidence;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.recyclables.api.NewReceipt;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The manifest from pickup to the plant's weighbridge. A pickup is signed by the hauler and created by
 * the recording pipeline ({@link PickupKind}); a delivery is confirmed by the plant ({@link Delivery}:
 * one weighbridge weight shared over its manifests) and, in the same transaction, recorded as receipts
 * at the plant (through the recyclables module's api), one per manifest, each carrying its source's district. A plant
 * may reject part or all of a load ({@link Rejection}): the accepted part is the kitchen-waste receipt, the rejected part
 * a residual-waste receipt at the incineration plant or landfill named, in the same transaction, and a note on the
 * quality record of the source point's communities.
 */
@ApplicationScoped
@Transactional
public class ManifestHandling {
    static final Text MANIFEST = Text.of("manifest", "收运联单");

    @Inject
    Event<AuditRecord> audit;
    @Inject
    KitchenRegistry registry;
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
    Recording recording;
    @Inject
    PickupKind pickups;
    @Inject
    QualityEvidence quality;
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
        Outcome<Manifest> o = recording.create(pickups, KitchenDrafts.PickupDraft.of(cmd, clock), actor);
        return new PickedUp(view(o.record()), o.created());
    }

    /** The contract's delivery of one manifest: its own weighbridge weight. */
    public ManifestView deliver(String manifestNo, Commands.Delivery cmd, Actor actor) {
        List<ManifestView> done = deliverAll(new MultiDelivery(cmd.facilityCode(), cmd.weightKg(), cmd.deliveredAt(),
                manifestNo == null ? null : List.of(manifestNo), cmd.rejectedKg(), cmd.rejectionReason(), cmd.rejectedToFacilityCode()),
                actor, "manifestNo");
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
        LocalDateTime at = Parse.pastTime(cmd.deliveredAt(), "deliveredAt", clock, p);
        if (cmd.manifestNos() == null || cmd.manifestNos().isEmpty()) {
            p.add(manifestField, "name at least one manifest", "至少需要一张收运联单");
        }
        Weight rejectedKg = rejectionForm(cmd, p);
        p.throwIfAny();
        FacilitySummary plant = facilities.facility(cmd.facilityCode())
                .orElseThrow(() -> new UnknownCodeException("facilityCode", Text.of("facility", "设施"), cmd.facilityCode()));
        actor.requireWriteAtFacility(plant.code(), "facilityCode");
        var nos = new LinkedHashSet<>(cmd.manifestNos());
        Map<String, Manifest> byNo = new LinkedHashMap<>();
        registry.manifests(nos).forEach(m -> byNo.put(m.manifestNo(), m));
        for (String no : nos) {
            if (!byNo.containsKey(no)) {
                throw new UnknownCodeException(manifestField, MANIFEST, no);
            }
        }
        for (Manifest m : byNo.values()) {
            locks.requireOpen(at.toLocalDate(), "deliveredAt", plant.districtCode(), m.sourceDistrictCode());
        }
        Map<String, ManifestView> before = new LinkedHashMap<>();
        byNo.values().forEach(m -> before.put(m.manifestNo(), view(m)));
        Rejection rejection = null;
        if (rejectedKg != null) {
            FacilitySummary to = facilities.facility(cmd.rejectedToFacilityCode()).orElseThrow(() -> new UnknownCodeException(
                    "rejectedToFacilityCode", Text.of("facility", "设施"), cmd.rejectedToFacilityCode()));
            Problems rules = new Problems();
            rejection = Rejection.check(rejectedKg.kilograms(), cmd.rejectionReason().strip(), new Rejection.Destination(to.code(),
                    to.kind().takesResidues(), !at.toLocalDate().isBefore(to.activeFrom())), weight.kilograms(), rules);
            rules.throwIfAny();
            locks.requireOpen(at.toLocalDate(), "deliveredAt", to.districtCode());
        }
        Delivery delivery = Delivery.weigh(List.copyOf(byNo.values()), plant.code(), plant.kind().treatsKitchenWaste(), weight, at,
                tolerancePercent, actor.name(), rejection);
        List<ManifestView> result = new ArrayList<>();
        for (Manifest m : delivery.manifests()) {
            boolean point = m.sourceKind() == SourceKind.POINT;
            if (m.acceptedKg().signum() > 0) {
                m.receivedAs(receipts.record(new NewReceipt(plant.code(), at, WasteCategory.KITCHEN.name(), m.material().name(),
                        point ? m.sourceCode() : null, point ? null : m.sourceDistrictCode(), null, false, m.acceptedKg(), m.manifestNo(),
                        null), actor.name()));
            }
            if (m.rejectedKg() != null) {
                // the rejected part is residual waste of the load's source, received where it goes: I or L, never K
                m.rejectedPartReceivedAs(receipts.record(new NewReceipt(m.rejectedToFacilityCode(), at, WasteCategory.RESIDUAL.name(),
                        null, point ? m.sourceCode() : null, point ? null : m.sourceDistrictCode(), null, false, m.rejectedKg(),
                        m.manifestNo() + " rejected", null), actor.name()));
                if (point) {
                    quality.note(new ContaminationNote(ContaminationNote.REJECTION, m.sourceCode(), m.sourceDistrictCode(),
                            at.toLocalDate(), m.manifestNo(), m.rejectedKg(), false));
                }
            }
            delivered.fire(new ManifestDelivered(m.manifestNo(), m.deliveryNo(), m.sourceKind(), m.sourceCode(), m.sourceDistrictCode(),
                    plant.code(), at.toLocalDate(), m.weightKg(), m.deliveredKg(), m.discrepancyKg(), m.discrepancyFlag()));
            ManifestView view = view(m);
            audit.fire(AuditRecord.changed("manifest", m.manifestNo(), "DELIVER", actor, null, before.get(m.manifestNo()), view));
            result.add(view);
        }
        return result;
    }

    /**
     * A rejection's fields checked for form: all three together or none, the kilograms a weight, the reason a text, the
     * facility a code. Answers the rejected weight, or null when there is no rejection.
     */
    private static Weight rejectionForm(MultiDelivery cmd, Problems p) {
        boolean any = cmd.rejectedKg() != null || cmd.rejectionReason() != null || cmd.rejectedToFacilityCode() != null;
        if (!any) {
            return null;
        }
        Weight kg = null;
        if (cmd.rejectedKg() == null) {
            p.add("rejectedKg", "is required with rejectionReason and rejectedToFacilityCode", "与 rejectionReason、rejectedToFacilityCode 一同必填");
        } else {
            kg = Weight.check(cmd.rejectedKg(), "rejectedKg", p);
        }
        if (cmd.rejectionReason() == null) {
            p.add("rejectionReason", "is required with rejectedKg", "与 rejectedKg 一同必填");
        } else {
            Codes.checkText(cmd.rejectionReason(), 500, "rejectionReason", p);
        }
        if (cmd.rejectedToFacilityCode() == null) {
            p.add("rejectedToFacilityCode", "is required with rejectedKg: the incineration plant or landfill it goes to",
                    "与 rejectedKg 一同必填：拒收部分去往的焚烧厂或填埋场");
        } else {
            Codes.check(cmd.rejectedToFacilityCode(), "rejectedToFacilityCode", p);
        }
        return kg;
    }

    /**
     * The hauler sends an open load to another kitchen-waste plant than the one it names, with a reason: from then
     * on only that plant takes it. Audited with the manifest before and after.
     */
    public ManifestView divert(String manifestNo, Commands.Diversion cmd, Actor actor) {
        Problems p = new Problems();
        Codes.check(cmd.toFacilityCode(), "toFacilityCode", p);
        Codes.checkText(cmd.reason(), 500, "reason", p);
        p.throwIfAny();
        Manifest m = registry.manifest(manifestNo).orElseThrow(() -> new UnknownCodeException("manifestNo", MANIFEST, manifestNo));
        actor.requireActForHauler(m.haulerCode(), "manifestNo");
        FacilitySummary plant = facilities.facility(cmd.toFacilityCode())
                .orElseThrow(() -> new UnknownCodeException("toFacilityCode", Text.of("facility", "设施"), cmd.toFacilityCode()));
        ManifestView before = view(m);
        m.divert(new Manifest.Destination(plant.code(), plant.kind().treatsKitchenWaste(), "toFacilityCode"), cmd.reason().strip());
        ManifestView after = view(m);
        audit.fire(AuditRecord.changed("manifest", m.manifestNo(), "DIVERT", actor, cmd.reason().strip(), before, after));
        return after;
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
        if (haulerCode != null) {
            Codes.check(haulerCode, "haulerCode", p);
        }
        if (facilityCode != null) {
            Codes.check(facilityCode, "facilityCode", p);
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

    /**
     * The manifests coming to a plant: open, headed for it (or naming no destination), oldest pickup
     * first so the overdue lead. Its operators, the bureau and administrators read them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ManifestView> incoming(String facilityCode, PageRequest page, Actor actor) {
        Problems p = new Problems();
        p.require(facilityCode != null && !facilityCode.isBlank(), "facilityCode", "is required", "为必填项");
        p.throwIfAny();
        Codes.check(facilityCode, "facilityCode", p);
        p.throwIfAny();
        if (!actor.readsEverything()) {
            actor.requireWriteAtFacility(facilityCode, "facilityCode");
        }
        return registry.incoming(facilityCode, page).map(this::view);
    }

    private boolean mayRead(Manifest m, Actor actor) {
        return actor.readsEverything() || actor.mayActForHauler(m.haulerCode())
                || m.facilityCode() != null && actor.mayWriteAtFacility(m.facilityCode())
                || m.destinationFacilityCode() != null && actor.mayWriteAtFacility(m.destinationFacilityCode())
                || actor.mayReadDistrict(m.sourceDistrictCode());
    }

    private ManifestView view(Manifest m) {
        return Views.of(m, m.isOverdue(clock.now(), Duration.ofHours(overdueHours)));
    }

}

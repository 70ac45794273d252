package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.recyclables.application.Commands.CapacityChange;
import net.wastenet.recyclables.application.Commands.NewFacility;
import net.wastenet.recyclables.application.Views.FacilityView;
import net.wastenet.recyclables.domain.Facilities;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Material;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/** Administrators register facilities and change their capacity; everyone signed in reads the registry. */
@ApplicationScoped
@Transactional
public class FacilityRegistry implements FacilityDirectory {
    static final Text FACILITY = Text.of("facility", "设施");
    private static final BigDecimal MAX_CAPACITY = BigDecimal.valueOf(20_000);

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    Facilities facilities;
    @Inject
    net.wastenet.recyclables.domain.Movements movements;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;

    public FacilityView register(NewFacility cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        FacilityKind kind = Parse.enumValue(FacilityKind.class, cmd.kind(), "kind", true, p);
        Codes.checkDistrict(cmd.districtCode(), "districtCode", p);
        checkCapacity(cmd.designCapacityTonnesPerDay(), p);
        if (cmd.latitude() != null && cmd.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            p.add("latitude", "must be between -90 and 90", "必须在 -90 到 90 之间");
        }
        if (cmd.longitude() != null && cmd.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            p.add("longitude", "must be between -180 and 180", "必须在 -180 到 180 之间");
        }
        Set<Material> materials = EnumSet.noneOf(Material.class);
        List<String> given = cmd.acceptedMaterials() == null ? List.of() : cmd.acceptedMaterials();
        for (int i = 0; i < given.size(); i++) {
            Material m = Parse.enumValue(Material.class, given.get(i), "acceptedMaterials[" + i + "]", true, p);
            if (m != null && kind != null && !kind.receives().contains(m.category())) {
                p.add("acceptedMaterials[" + i + "]", "a " + kind + " receives no " + m,
                        kind + " 不接收" + m.nameZh());
            } else if (m != null) {
                materials.add(m);
            }
        }
        LocalDate activeFrom = Parse.date(cmd.activeFrom(), "activeFrom", false, p);
        p.throwIfAny();
        if (points.district(cmd.districtCode()).isEmpty()) {
            throw new UnknownCodeException("districtCode", Text.of("district", "区（市）县"), cmd.districtCode());
        }
        if (facilities.find(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(FACILITY, cmd.code());
        }
        Facility f = new Facility(cmd.code(), cmd.name().strip(), kind, cmd.districtCode(), cmd.latitude(), cmd.longitude(),
                cmd.designCapacityTonnesPerDay(), materials, activeFrom == null ? clock.today() : activeFrom, clock.now(),
                actor.name());
        facilities.add(f);
        FacilityView view = Views.of(f, clock.today());
        audit.fire(AuditRecord.created("facility", f.code(), actor, view));
        return view;
    }

    public FacilityView changeCapacity(String code, CapacityChange cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        checkCapacity(cmd.designCapacityTonnesPerDay(), p);
        LocalDate from = Parse.date(cmd.effectiveFrom(), "effectiveFrom", true, p);
        Codes.checkText(cmd.reason(), 500, "reason", p);
        p.throwIfAny();
        Facility f = require(code, "code");
        FacilityView before = Views.of(f, clock.today());
        f.changeCapacity(cmd.designCapacityTonnesPerDay(), from, cmd.reason().strip(), clock.now(), actor.name());
        FacilityView after = Views.of(f, clock.today());
        audit.fire(AuditRecord.changed("facility", f.code(), "CAPACITY_CHANGE", actor, cmd.reason().strip(), before, after));
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FacilityView> list(String districtCode, String kind, PageRequest page) {
        Problems p = new Problems();
        FacilityKind k = Parse.enumValue(FacilityKind.class, kind, "kind", false, p);
        p.throwIfAny();
        LocalDate today = clock.today();
        return facilities.list(districtCode, k, page).map(f -> Views.of(f, today));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityView get(String code) {
        return Views.of(require(code, "code"), clock.today());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FacilitySummary> facility(String code) {
        LocalDate today = clock.today();
        return facilities.find(code).map(f -> new FacilitySummary(f.code(), f.name(), f.kind(), f.districtCode(),
                f.activeFrom(), f.capacityOn(today)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<FacilitySummary> facilities(String districtCode) {
        LocalDate today = clock.today();
        return facilities.list(districtCode, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(f -> new FacilitySummary(f.code(), f.name(), f.kind(), f.districtCode(), f.activeFrom(), f.capacityOn(today)))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockStock(String code) {
        facilities.findLocked(code).orElseThrow(() -> new net.wastenet.shared.UnknownCodeException("facilityCode", FACILITY, code));
    }

    @Override
    public BigDecimal receivedUpTo(String code, LocalDate day) {
        Facility f = require(code, "facilityCode");
        if (day.isBefore(f.activeFrom())) {
            return BigDecimal.ZERO;
        }
        return movements.balanceTotals(f.id(), new net.wastenet.shared.DateRange(f.activeFrom(), day))[0];
    }

    Facility require(String code, String field) {
        return facilities.find(code).orElseThrow(() -> new UnknownCodeException(field, FACILITY, code));
    }

    private static void checkCapacity(BigDecimal tpd, Problems p) {
        if (tpd == null) {
            p.missing("designCapacityTonnesPerDay");
        } else {
            p.require(tpd.signum() > 0 && tpd.compareTo(MAX_CAPACITY) <= 0, "designCapacityTonnesPerDay",
                    "must be greater than 0 and at most 20000 t/day", "必须大于 0 且不超过 20000 吨/日");
        }
    }

    private static void requireAdministrator(Actor actor) {
        actor.requireRole(Role.ADMIN, Text.of("only administrators change the facility registry", "只有管理员可以修改设施登记"));
    }
}

package net.wastenet.recyclables.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.wastenet.recyclables.api.CapacityAlertConfirmed;
import net.wastenet.recyclables.api.CapacityAlertDesk;
import net.wastenet.recyclables.application.Commands.Confirmation;
import net.wastenet.recyclables.application.Views.AlertView;
import net.wastenet.recyclables.application.Views.AttributionView;
import net.wastenet.recyclables.application.Views.CapacityDay;
import net.wastenet.recyclables.application.Views.CapacityView;
import net.wastenet.recyclables.application.Views.FlowDay;
import net.wastenet.recyclables.application.Views.FlowsView;
import net.wastenet.recyclables.application.Views.MassBalanceView;
import net.wastenet.recyclables.application.Views.MovementView;
import net.wastenet.recyclables.domain.Attribution;
import net.wastenet.recyclables.domain.CapacityAlert;
import net.wastenet.recyclables.domain.CapacityAlerts;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.recyclables.domain.MassBalance;
import net.wastenet.recyclables.domain.Movements;
import net.wastenet.recyclables.domain.StockReports;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What operators, officers and the bureau read about a facility: capacity, books, flows, attribution, alerts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FacilityReports implements CapacityAlertDesk {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    FacilityRegistry registry;
    @Inject
    net.wastenet.recyclables.domain.Facilities facilities;
    @Inject
    Movements movements;
    @Inject
    StockReports stock;
    @Inject
    CapacityAlerts alerts;
    @Inject
    jakarta.enterprise.event.Event<CapacityAlertConfirmed> confirmed;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.massBalance.tolerancePercent", defaultValue = "5")
    BigDecimal tolerancePercent;

    /**
     * Utilisation = throughput ÷ Σ over operating days of that day's design capacity; operating days
     * are the days of the period on which the facility was in service (and not in the future).
     */
    public CapacityView capacity(String code, DateRange range, Actor actor) {
        Facility f = readable(code, actor);
        return capacity(f, movements.intakeByDay(f.id(), range), range, true);
    }

    /**
     * The utilisation of every facility the actor may read, in one answer (the bureau's capacity chart):
     * the same figures as {@link #capacity} without the daily series, from one query of the intake.
     */
    public List<CapacityView> capacities(DateRange range, Actor actor) {
        Map<Long, Map<LocalDate, BigDecimal>> intake = movements.intakeByFacilityAndDay(range);
        return facilities.list(null, null, new net.wastenet.shared.PageRequest(0, net.wastenet.shared.PageRequest.MAX_SIZE)).items().stream()
                .filter(f -> actor.mayReadFacility(f.code(), f.districtCode()))
                .map(f -> capacity(f, intake.getOrDefault(f.id(), Map.of()), range, false)).toList();
    }

    private CapacityView capacity(Facility f, Map<LocalDate, BigDecimal> intake, DateRange range, boolean withDays) {
        List<CapacityDay> days = new ArrayList<>();
        BigDecimal capacityKg = BigDecimal.ZERO;
        BigDecimal throughput = BigDecimal.ZERO;
        long operating = 0;
        LocalDate last = range.to().isAfter(clock.today()) ? clock.today() : range.to();
        for (LocalDate d = range.from(); !d.isAfter(last); d = d.plusDays(1)) {
            if (!f.isInServiceOn(d)) {
                continue;
            }
            operating++;
            BigDecimal dayCapacity = f.capacityOn(d).multiply(THOUSAND);
            BigDecimal dayIntake = intake.getOrDefault(d, BigDecimal.ZERO);
            capacityKg = capacityKg.add(dayCapacity);
            throughput = throughput.add(dayIntake);
            if (withDays) {
                days.add(new CapacityDay(d, dayIntake, dayCapacity, percent(dayIntake, dayCapacity), dayIntake.compareTo(dayCapacity) > 0));
            }
        }
        return new CapacityView(f.code(), range.from(), range.to(), f.capacityOn(last.isBefore(f.activeFrom()) ? f.activeFrom() : last),
                operating, capacityKg, throughput, percent(throughput, capacityKg), days);
    }

    public MassBalanceView massBalance(String code, DateRange range, Actor actor) {
        Facility f = readable(code, actor);
        BigDecimal[] totals = movements.balanceTotals(f.id(), range);
        BigDecimal stockChange = stock.stockAt(f.id(), range.to()).subtract(stock.stockAt(f.id(), range.from().minusDays(1)));
        MassBalance b = f.kind().disposesOnSite()
                ? MassBalance.disposing(totals[0], totals[1], totals[2], stockChange, tolerancePercent)
                : new MassBalance(totals[0], totals[1], totals[2], stockChange, tolerancePercent);
        return new MassBalanceView(f.code(), range.from(), range.to(), b.inputKg(), b.outputsKg(), b.residuesKg(),
                b.stockChangeKg(), b.disposedKg(), b.imbalanceKg(), b.imbalancePercent(), tolerancePercent, b.withinTolerance());
    }

    public FlowsView flows(String code, DateRange range, Actor actor) {
        Facility f = readable(code, actor);
        Map<LocalDate, BigDecimal> in = movements.intakeByDay(f.id(), range);
        Map<LocalDate, BigDecimal[]> out = movements.outflowByDay(f.id(), range);
        List<FlowDay> days = new ArrayList<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            BigDecimal[] o = out.get(d);
            if (in.containsKey(d) || o != null) {
                days.add(new FlowDay(d, in.getOrDefault(d, BigDecimal.ZERO), o == null ? BigDecimal.ZERO : o[0],
                        o == null ? BigDecimal.ZERO : o[1]));
            }
        }
        return new FlowsView(f.code(), range.from(), range.to(), days);
    }

    public Page<MovementView> movements(String code, DateRange range, PageRequest page, Actor actor) {
        Facility f = readable(code, actor);
        return movements.list(f.id(), range, page).map(Views::of);
    }

    /** What the facility received from each district, and its outputs and residues attributed in proportion. */
    public AttributionView attribution(String code, DateRange range, Actor actor) {
        Facility f = readable(code, actor);
        Map<String, BigDecimal> received = movements.intakeByDistrict(f.id(), range);
        BigDecimal[] totals = movements.balanceTotals(f.id(), range);
        return new AttributionView(f.code(), range.from(), range.to(), received,
                Attribution.proportional(received, totals[1]), Attribution.proportional(received, totals[2]));
    }

    public List<AlertView> alerts(String facilityCode, DateRange range, Boolean confirmed, Actor actor) {
        if (facilityCode == null) {
            if (!actor.readsEverything()) {
                throw new NotYoursException("facilityCode", Text.of("name one of your facilities", "请指定您负责的设施"));
            }
        } else {
            Problems p = new Problems();
            Codes.check(facilityCode, "facilityCode", p);
            p.throwIfAny();
            readable(facilityCode, actor);
        }
        return alerts.list(facilityCode, range, confirmed).stream().map(Views::of).toList();
    }

    /** An alert is confirmed, once, with a comment, by the facility's operator, the bureau or an administrator. */
    @Transactional
    public AlertView confirm(long id, Confirmation cmd, Actor actor) {
        Problems p = new Problems();
        Codes.checkText(cmd == null ? null : cmd.comment(), 500, "comment", p);
        p.throwIfAny();
        CapacityAlert alert = alerts.find(id).orElseThrow(() -> new UnknownCodeException("id",
                Text.of("capacity alert", "产能预警"), String.valueOf(id)));
        if (!actor.readsEverything()) {
            actor.requireWriteAtFacility(alert.facilityCode(), "id");
        }
        AlertView before = Views.of(alert);
        alert.confirm(cmd.comment().strip(), clock.now(), actor.name());
        audit.fire(AuditRecord.changed("capacity-alert", alert.id(), "CONFIRM", actor, alert.comment(), before, Views.of(alert)));
        confirmed.fire(new CapacityAlertConfirmed(alert.id(), alert.comment(), alert.confirmedBy(), alert.confirmedAt()));
        return Views.of(alert);
    }

    @Override
    @Transactional
    public void confirmFor(long alertId, String comment, String confirmedBy) {
        CapacityAlert alert = alerts.find(alertId).orElseThrow(() -> new UnknownCodeException("id",
                Text.of("capacity alert", "产能预警"), String.valueOf(alertId)));
        AlertView before = Views.of(alert);
        alert.confirm(comment, clock.now(), confirmedBy);
        audit.fire(new AuditRecord("capacity-alert", String.valueOf(alert.id()), "CONFIRM", confirmedBy, comment, before, Views.of(alert)));
    }

    private Facility readable(String code, Actor actor) {
        Facility f = registry.require(code, "code");
        actor.requireReadFacility(f.code(), f.districtCode(), "code");
        return f;
    }

    private static Double percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).doubleValue();
    }
}

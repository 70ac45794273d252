package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.wastenet.kitchen.api.ManifestDelivered;
import net.wastenet.quality.api.OverdueRectification;
import net.wastenet.quality.api.OverdueRectifications;
import net.wastenet.quality.api.RectificationClosed;
import net.wastenet.quality.api.RectificationOpened;
import net.wastenet.recyclables.api.CapacityAlertConfirmed;
import net.wastenet.recyclables.api.CapacityAlertDesk;
import net.wastenet.recyclables.api.CapacityExceeded;
import net.wastenet.reporting.domain.PointDayRule;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.Warning;
import net.wastenet.reporting.domain.WarningBook;
import net.wastenet.reporting.domain.WarningKind;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * The soft warnings: raised in the transaction of the record that caused them (never blocking it),
 * kept, listed, and confirmed once with a comment by the district's officer or the bureau. A capacity
 * warning and the facility's capacity alert are one fact: confirming either confirms both. An overdue rectification
 * (quality's api) is warned about when it is found overdue: at once when a failed inspection entered late opens it past
 * its due date, otherwise by {@link RectificationWatch}'s sweep; the passing re-inspection that closes it confirms the
 * warning.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WarningDesk {
    static final Text WARNING = Text.of("warning", "预警");

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    WarningBook warnings;
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.reporting.api.WarningRaised> raised;
    @Inject
    ReadModel model;
    @Inject
    CapacityAlertDesk capacityAlerts;
    @Inject
    CityClock clock;
    @Inject
    OverdueRectifications overdueRectifications;

    /** A warning as the API shows it, its message in the reader's language. */
    public record WarningView(long id, String kind, String districtCode, LocalDate day, String recordRef, String message,
                              boolean confirmed, LocalDateTime raisedAt, LocalDateTime confirmedAt, String confirmedBy,
                              String comment) {
        static WarningView of(Warning w, Locale locale) {
            return new WarningView(w.id(), w.kind().name(), w.districtCode(), w.day(), w.recordRef(), w.message().in(locale),
                    w.isConfirmed(), w.raisedAt(), w.confirmedAt(), w.confirmedBy(), w.comment());
        }
    }

    /**
     * The point-day rule for the days given, one query for all their history: the point-day sums,
     * 29 rows a point whatever the weighings behind them. A day is warned about once, when it first
     * passes the rule, with what it had logged then; later weighings of that day do not touch the
     * warning, so the writers of a busy point never queue on it.
     */
    void checkPointDays(Collection<ReadModel.PointDayKey> days) {
        if (days.isEmpty()) {
            return;
        }
        Map<String, Set<LocalDate>> asked = new HashMap<>();
        days.forEach(pd -> asked.computeIfAbsent(pd.pointCode(), k -> new java.util.HashSet<>()).add(pd.day()));
        var standings = model.pointDayStandings(asked);
        judge(days, pd -> standings.getOrDefault(pd.pointCode(), Map.of()).get(pd.day()));
    }

    /**
     * The days a bulk import noted for the points given, judged once the whole file is in: each point's
     * days read in one ordered pass (its four weeks before the first noted day to the last), in a
     * transaction of their own that also forgets them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checkNotedPointDays(List<String> points) {
        List<ReadModel.PointDayKey> noted = model.unchecked(points);
        if (noted.isEmpty()) {
            return;
        }
        LocalDate from = noted.stream().map(ReadModel.PointDayKey::day).min(java.util.Comparator.naturalOrder()).orElseThrow();
        LocalDate to = noted.stream().map(ReadModel.PointDayKey::day).max(java.util.Comparator.naturalOrder()).orElseThrow();
        var totals = model.pointDayTotals(Set.copyOf(points), PointDayRule.windowStart(from), to);
        judge(noted, pd -> {
            var days = totals.get(pd.pointCode());
            return days == null ? null : new ReadModel.PointDayStanding(days.getOrDefault(pd.day(), BigDecimal.ZERO),
                    PointDayRule.windowBefore(pd.day(), days));
        });
        model.forgetUnchecked(noted);
    }

    private void judge(Collection<ReadModel.PointDayKey> days, java.util.function.Function<ReadModel.PointDayKey, ReadModel.PointDayStanding> standingOf) {
        Map<String, Text> messages = new HashMap<>();
        Map<String, ReadModel.PointDayKey> byRef = new HashMap<>();
        for (ReadModel.PointDayKey pd : days) {
            var standing = standingOf.apply(pd);
            if (standing == null) {
                continue;
            }
            PointDayRule.unusual(pd.day(), standing.totalKg(), standing.before()).ifPresent(average -> {
                BigDecimal total = standing.totalKg();
                String ref = "point " + pd.pointCode() + " " + pd.day();
                byRef.put(ref, pd);
                messages.put(ref, Text.of(
                        "point " + pd.pointCode() + " had logged " + kg(total) + " kg on " + pd.day() + " when it passed "
                                + PointDayRule.FACTOR + " times its average day of the four weeks before (" + kg(average)
                                + " kg): more than " + PointDayRule.FACTOR + " times",
                        "投放点 " + pd.pointCode() + " 在 " + pd.day() + " 登记量达到 " + kg(total) + " 千克时，超过前四周日均（"
                                + kg(average) + " 千克）的 " + PointDayRule.FACTOR + " 倍"));
            });
        }
        if (!byRef.isEmpty()) {
            announce(warnings.raise(byRef.entrySet().stream().map(e -> new Warning(WarningKind.POINT_DAY_UNUSUAL, e.getValue().districtCode(),
                    e.getValue().day(), e.getKey(), messages.get(e.getKey()), clock.now())).toList()));
        }
    }

    void onManifest(@Observes ManifestDelivered d) {
        if (!d.discrepancyFlag() || d.sourceDistrictCode() == null) {
            return;
        }
        // the manifest's own weights side by side, then the delivery's difference that raised the flag
        java.math.BigDecimal own = d.deliveredKg().subtract(d.pickedUpKg());
        raise(WarningKind.MANIFEST_DISCREPANCY, d.sourceDistrictCode(), d.day(), "manifest " + d.manifestNo(), Text.of(
                "manifest " + d.manifestNo() + ": picked up " + kg(d.pickedUpKg()) + " kg, its share of the weighbridge at " + d.facilityCode()
                        + " " + kg(d.deliveredKg()) + " kg (difference " + kg(own) + " kg); delivery " + d.deliveryNo() + " differs by "
                        + kg(d.discrepancyKg()) + " kg in all",
                "收运联单 " + d.manifestNo() + "：收运 " + kg(d.pickedUpKg()) + " 千克，" + d.facilityCode() + " 地磅分摊 "
                        + kg(d.deliveredKg()) + " 千克（差额 " + kg(own) + " 千克）；交付批次 " + d.deliveryNo() + " 合计差额 "
                        + kg(d.discrepancyKg()) + " 千克"));
    }

    void onCapacity(@Observes CapacityExceeded e) {
        raise(WarningKind.FACILITY_OVER_CAPACITY, e.districtCode(), e.day(), "capacity-alert " + e.alertId(), Text.of(
                "facility " + e.facilityCode() + " (" + e.facilityName() + ") took in " + kg(e.intakeKg()) + " kg on " + e.day()
                        + ", over its design capacity of " + kg(e.capacityKg()) + " kg",
                "设施 " + e.facilityCode() + "（" + e.facilityName() + "）" + e.day() + " 进场 " + kg(e.intakeKg())
                        + " 千克，超过设计能力 " + kg(e.capacityKg()) + " 千克"));
    }

    /** A capacity alert confirmed at the facility confirms its warning too, audited like any confirmation. */
    void onCapacityConfirmed(@Observes CapacityAlertConfirmed c) {
        warnings.byRef(WarningKind.FACILITY_OVER_CAPACITY, "capacity-alert " + c.alertId())
                .filter(w -> !w.isConfirmed())
                .ifPresent(w -> {
                    WarningView before = WarningView.of(w, net.wastenet.shared.Languages.EN);
                    w.confirm(c.comment(), c.confirmedAt(), c.confirmedBy());
                    audit.fire(new AuditRecord("warning", String.valueOf(w.id()), "CONFIRM", c.confirmedBy(),
                            c.comment(), before, WarningView.of(w, net.wastenet.shared.Languages.EN)));
                });
    }

    /** A failed inspection entered after its rectification's due date: the rectification is overdue from the start. */
    void onRectificationOpened(@Observes RectificationOpened r) {
        LocalDate today = clock.today();
        if (r.dueDate().isBefore(today)) {
            announce(warnings.raise(List.of(overdue(new OverdueRectification(r.rectificationId(), r.communityCode(), r.districtCode(),
                    r.inspectionId(), r.openedOn(), r.dueDate(), "OPEN")))));
        }
    }

    /**
     * The warnings of the rectifications overdue today that have none yet (one statement; those raised before stay as
     * they were): the sweep {@link RectificationWatch} runs.
     *
     * @return how many were raised now
     */
    @Transactional
    public int raiseOverdueRectifications() {
        List<OverdueRectification> overdue = overdueRectifications.overdueOn(null, clock.today());
        if (overdue.isEmpty()) {
            return 0;
        }
        List<WarningBook.Raised> fresh = warnings.raise(overdue.stream().map(this::overdue).toList());
        announce(fresh);
        return fresh.size();
    }

    /** The re-inspection that closes a rectification confirms its warning (if still open), audited like any confirmation. */
    void onRectificationClosed(@Observes RectificationClosed c) {
        warnings.byRef(WarningKind.RECTIFICATION_OVERDUE, Warning.rectificationRef(c.rectificationId()))
                .flatMap(w -> warnings.findForConfirmation(w.id()))
                .ifPresent(w -> {
                    WarningView before = WarningView.of(w, net.wastenet.shared.Languages.EN);
                    String who = c.inspector() == null ? "system" : c.inspector();
                    if (w.closeByReinspection(c.inspectionId(), c.closedOn(), who, clock.now())) {
                        audit.fire(new AuditRecord("warning", String.valueOf(w.id()), "CLOSE", who, w.comment(), before,
                                WarningView.of(w, net.wastenet.shared.Languages.EN)));
                    }
                });
    }

    private Warning overdue(OverdueRectification r) {
        return Warning.rectificationOverdue(r.rectificationId(), r.communityCode(), r.districtCode(), r.openedByInspection(), r.openedOn(),
                r.dueDate(), clock.now());
    }

    private void raise(WarningKind kind, String district, LocalDate day, String ref, Text message) {
        announce(warnings.raiseOrRestate(List.of(new Warning(kind, district, day, ref, message, clock.now()))));
    }

    /** The warnings an actor may read: the bureau every district's, an officer those of their districts. */
    public Page<WarningView> list(String districtCode, DateRange period, Boolean confirmed, String kind, PageRequest page,
                                  Actor actor, Locale locale) {
        WarningKind k = null;
        if (kind != null) {
            Problems p = new Problems();
            k = Parse.enumValue(WarningKind.class, kind, "kind", false, p);
            p.throwIfAny();
        }
        Set<String> districts;
        if (districtCode != null) {
            actor.requireReadDistrict(districtCode, "districtCode");
            districts = Set.of(districtCode);
        } else if (actor.readsEverything()) {
            districts = null;
        } else if (actor.has(Role.DISTRICT_OFFICER)) {
            districts = actor.districts();
        } else {
            throw new NotYoursException("districtCode", Text.of("warnings are read by district officers and the bureau",
                    "预警仅供区（市）县管理人员和市局查看"));
        }
        var filter = new WarningBook.Filter(districts, period.from(), period.to(), confirmed, k);
        return new Page<>(warnings.list(filter, page.offset(), page.size()).stream().map(w -> WarningView.of(w, locale)).toList(),
                warnings.count(filter));
    }

    /** Confirms a warning, once, with a comment (and the facility's capacity alert with it). */
    @Transactional
    public WarningView confirm(long id, String comment, Actor actor, Locale locale) {
        Problems p = new Problems();
        Codes.checkText(comment, 500, "comment", p);
        p.throwIfAny();
        Warning w = warnings.findForConfirmation(id).orElseThrow(() -> new UnknownCodeException("id", WARNING, String.valueOf(id)));
        if (!actor.has(Role.BUREAU)) {
            if (!actor.has(Role.DISTRICT_OFFICER)) {
                throw new NotYoursException("id", Text.of("warnings are confirmed by the district's officer or the bureau",
                        "预警由所属区（市）县管理人员或市局确认"));
            }
            actor.requireReadDistrict(w.districtCode(), "id");
        }
        WarningView before = WarningView.of(w, locale);
        w.confirm(comment.strip(), clock.now(), actor.name());
        audit.fire(AuditRecord.changed("warning", w.id(), "CONFIRM", actor, comment.strip(), before, WarningView.of(w, locale)));
        if (w.kind() == WarningKind.FACILITY_OVER_CAPACITY) {
            capacityAlerts.confirmFor(Long.parseLong(w.recordRef().substring("capacity-alert ".length())), comment.strip(), actor.name());
        }
        return WarningView.of(w, locale);
    }

    /** Tells the transaction's observers (the webhooks' outbox) of warnings raised for the first time. */
    private void announce(List<WarningBook.Raised> fresh) {
        for (WarningBook.Raised r : fresh) {
            Warning w = r.warning();
            raised.fire(new net.wastenet.reporting.api.WarningRaised(r.id(), w.kind().name(), w.districtCode(), w.day(), w.recordRef(),
                    w.message().en(), w.message().zh(), w.raisedAt()));
        }
    }

    private static String kg(BigDecimal v) {
        return v == null ? "?" : v.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}

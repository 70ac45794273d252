package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.reporting.domain.DistrictReturn;
import net.wastenet.reporting.domain.ReturnAction;
import net.wastenet.reporting.domain.ReturnBook;
import net.wastenet.reporting.domain.ReturnPeriod;
import net.wastenet.reporting.domain.ReturnStatus;
import net.wastenet.reporting.domain.ReturnTransition;
import net.wastenet.reporting.domain.SignedReturn;
import net.wastenet.reporting.domain.WarningBook;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * District returns: the district officer submits, the bureau approves, locks (the figures are signed
 * and stored with the definition set) and reopens with a reason. Every step is kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReturnDesk {
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.reporting.api.ReturnLocked> locked;
    @Inject
    ReturnBook returns;
    @Inject
    WarningBook warnings;
    @Inject
    PointDirectory points;
    @Inject
    IndicatorEngine engine;
    @Inject
    CityClock clock;
    @Inject
    net.wastenet.reporting.domain.ReadModel model;
    @Inject
    Signatures signatures;

    public record TransitionView(String action, String fromStatus, String toStatus, String reason, LocalDateTime at, String by) {
        static TransitionView of(ReturnTransition t) {
            return new TransitionView(t.action().name(), t.fromStatus().name(), t.toStatus().name(), t.reason(), t.actedAt(), t.actedBy());
        }
    }

    /** The figures of one lock: version 1 for the first lock, 2 after a reopening and re-lock, and so on. */
    public record SignedView(int version, LocalDateTime signedAt, String signedBy, String definitionSet, IndicatorAnswer figures) {
    }

    /** A return as the API shows it; {@code history} and {@code versions} only when one return is asked for. */
    public record ReturnView(String districtCode, String districtName, String districtNameEn, String period, LocalDate from, LocalDate to, String status,
                             LocalDate dueDate, boolean late, LocalDateTime submittedAt, long openWarnings, SignedView signed,
                             List<TransitionView> history, List<SignedView> versions) {
    }

    /** A transition request. */
    public record Transition(String action, String reason) {
    }

    /** Every district's return for a period that the actor may read, in district-code order. */
    public List<ReturnView> list(String period, Actor actor) {
        ReturnPeriod p = ReturnPeriod.parse(period, "period");
        Map<String, DistrictReturn> stored = returns.forPeriod(p.label()).stream()
                .collect(Collectors.toMap(DistrictReturn::districtCode, Function.identity()));
        Map<String, Long> open = warnings.unconfirmedByDistrict(p.from(), p.to());
        List<ReturnView> result = new ArrayList<>();
        for (DistrictSummary d : points.districts().stream().sorted(Comparator.comparing(DistrictSummary::code)).toList()) {
            if (actor.readsEverything() || actor.mayReadDistrict(d.code())) {
                result.add(view(d, p, Optional.ofNullable(stored.get(d.code())), open.getOrDefault(d.code(), 0L), false));
            }
        }
        if (result.isEmpty() && !actor.readsEverything()) {
            throw new NotYoursException("period", Text.of("returns are read by district officers and the bureau",
                    "报表仅供区（市）县管理人员和市局查看"));
        }
        return result;
    }

    public ReturnView one(String districtCode, String period, Actor actor) {
        DistrictSummary d = district(districtCode);
        actor.requireReadDistrict(d.code(), "districtCode");
        ReturnPeriod p = ReturnPeriod.parse(period, "period");
        return view(d, p, returns.find(d.code(), p.label()), openWarnings(d.code(), p), true);
    }

    /** Moves a return; the first transition creates it (a return nobody touched is a DRAFT). */
    @Transactional
    public ReturnView transition(String districtCode, String period, Transition cmd, Actor actor) {
        return transition(districtCode, period, cmd, actor, clock.now());
    }

    /**
     * The same at a given time: for the demo's history of earlier months only (the API always acts
     * now). The time must not be in the future or before the period ends.
     */
    @Transactional
    public ReturnView transition(String districtCode, String period, Transition cmd, Actor actor, LocalDateTime now) {
        if (now.isAfter(clock.now())) {
            throw new IllegalArgumentException("a transition cannot be dated in the future: " + now);
        }
        Problems problems = new Problems();
        ReturnAction action = Parse.enumValue(ReturnAction.class, cmd.action(), "action", true, problems);
        if (cmd.reason() != null) {
            Codes.checkText(cmd.reason(), 500, "reason", problems);
        }
        problems.throwIfAny();
        DistrictSummary d = district(districtCode);
        ReturnPeriod p = ReturnPeriod.parse(period, "period");
        mayAct(action, d.code(), actor);
        if (action == ReturnAction.SUBMIT) {
            if (!now.toLocalDate().isAfter(p.to())) {
                throw new ConflictException("period", Text.of("period " + p.label() + " is not over yet; submit it from " + p.to().plusDays(1),
                        "报表期 " + p.label() + " 尚未结束；" + p.to().plusDays(1) + " 起可报送"));
            }
            long open = openWarnings(d.code(), p);
            if (open > 0) {
                throw new ConflictException("action", Text.of(open + " warning(s) of " + d.code() + " in " + p.label()
                        + " are not confirmed; confirm each with a comment before submitting",
                        d.code() + " 在 " + p.label() + " 有 " + open + " 条预警未确认；请逐条填写说明确认后再报送"));
            }
        }
        DistrictReturn r = returns.find(d.code(), p.label()).orElseGet(() -> {
            DistrictReturn created = new DistrictReturn(d.code(), p);
            returns.add(created);
            return created;
        });
        ReturnTransition t = r.apply(action, cmd.reason(), now, actor.name());
        returns.add(t);
        if (action == ReturnAction.LOCK) {
            IndicatorAnswer figures = engine.computed(d.code(), new DateRange(p.from(), p.to()));
            returns.add(new SignedReturn(r, figures.resourceUtilisation().coefficients().set(), signatures.toJson(figures), now, actor.name()));
            locked.fire(new net.wastenet.reporting.api.ReturnLocked(d.code(), p.label(), now, actor.name()));
        }
        returns.flush();
        // a lock (or a reopening) changes which figures the period answers: signed or computed
        model.noteChange(p.from(), p.to(), now);
        ReturnView after = view(d, p, Optional.of(r), openWarnings(d.code(), p), true);
        audit.fire(new AuditRecord("return", d.code() + " " + p.label(), action.name(), actor.name(), t.reason(),
                t.fromStatus().name(), after.signed() != null && action == ReturnAction.LOCK ? after.signed() : t.toStatus().name()));
        return after;
    }

    private void mayAct(ReturnAction action, String district, Actor actor) {
        if (action == ReturnAction.SUBMIT) {
            if (!actor.has(Role.DISTRICT_OFFICER) || !actor.mayReadDistrict(district)) {
                throw new NotYoursException("action", Text.of("a return is submitted by its district's officer",
                        "报表由本区（市）县管理人员报送"));
            }
        } else if (!actor.has(Role.BUREAU)) {
            throw new NotYoursException("action", Text.of("only the bureau may " + action.name().toLowerCase() + " a return",
                    "只有市局可以对报表执行 " + action));
        }
    }

    private long openWarnings(String district, ReturnPeriod p) {
        return warnings.count(new WarningBook.Filter(java.util.Set.of(district), p.from(), p.to(), false, null));
    }

    private DistrictSummary district(String code) {
        Problems p = new Problems();
        Codes.checkDistrict(code, "districtCode", p);
        p.throwIfAny();
        return points.district(code).orElseThrow(() -> new UnknownCodeException("districtCode", Text.of("district", "区（市）县"), code));
    }

    private ReturnView view(DistrictSummary d, ReturnPeriod p, Optional<DistrictReturn> stored, long openWarnings, boolean full) {
        ReturnStatus status = stored.map(DistrictReturn::status).orElse(ReturnStatus.DRAFT);
        LocalDateTime submittedAt = stored.map(DistrictReturn::submittedAt).orElse(null);
        boolean late = p.isLate(submittedAt == null ? null : submittedAt.toLocalDate(), clock.today());
        List<SignedView> versions = stored.map(r -> returns.signed(r.id()).stream().map(signatures::view).toList()).orElse(List.of());
        SignedView latest = status == ReturnStatus.LOCKED && !versions.isEmpty() ? versions.get(versions.size() - 1) : null;
        List<TransitionView> history = full ? stored.map(r -> returns.transitions(r.id()).stream().map(TransitionView::of).toList())
                .orElse(List.of()) : null;
        return new ReturnView(d.code(), d.nameZh(), d.nameEn(), p.label(), p.from(), p.to(), status.name(), p.dueDate(), late, submittedAt,
                openWarnings, latest, history, full ? versions : null);
    }

}

package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import net.wastenet.kitchen.application.Commands.NewRefusal;
import net.wastenet.kitchen.application.Views.RefusalView;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Refusal;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;

/**
 * Kitchen waste refused at pickup for contamination (不合格不收运): the hauler's refusal, created by the recording
 * pipeline ({@link RefusalKind}), gives the point a notice that the next clean pickup there closes; lists of refusals and
 * notices, read as manifests are (the hauler its own, the district's officer the district's, the bureau and administrators all).
 */
@ApplicationScoped
@Transactional
public class RefusalDesk {
    static final Text REFUSAL = Text.of("refusal", "拒收记录");

    @Inject
    Recording recording;
    @Inject
    RefusalKind kind;
    @Inject
    KitchenRegistry registry;
    @Inject
    CityClock clock;

    /** The answer to a refusal: the notice, and whether this call created it (false: a retry). */
    public record Refused(RefusalView refusal, boolean created) {
    }

    public Refused refuse(NewRefusal cmd, Actor actor) {
        Outcome<Refusal> o = recording.create(kind, KitchenDrafts.RefusalDraft.of(cmd, clock), actor);
        return new Refused(Views.of(o.record(), clock.today()), o.created());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RefusalView find(long id, Actor actor) {
        Refusal r = registry.refusal(id).orElseThrow(() -> new UnknownCodeException("id", REFUSAL, String.valueOf(id)));
        if (!(actor.readsEverything() || actor.mayActForHauler(r.haulerCode()) || actor.mayReadDistrict(r.districtCode()))) {
            throw new NotYoursException("id", Text.of("refusal " + id + " is not yours to read", "您无权查看拒收记录 " + id));
        }
        return Views.of(r, clock.today());
    }

    /**
     * Refusals (each with its notice) within what the actor may read, newest first: {@code status} OPEN or CLOSED,
     * {@code overdue} only the open ones past their due date.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RefusalView> list(String status, boolean overdueOnly, String haulerCode, String districtCode, String pointCode,
                                  LocalDate from, LocalDate to, PageRequest page, Actor actor) {
        Problems p = new Problems();
        Refusal.Status st = null;
        if (status != null) {
            if (p.require(status.equals("OPEN") || status.equals("CLOSED"), "status", "must be OPEN or CLOSED", "必须是 OPEN 或 CLOSED")) {
                st = Refusal.Status.valueOf(status);
            }
        }
        if (haulerCode != null) {
            Codes.check(haulerCode, "haulerCode", p);
        }
        if (pointCode != null) {
            Codes.check(pointCode, "pointCode", p);
        }
        p.throwIfAny();
        if (!actor.readsEverything()) {
            if (actor.has(Role.HAULER) && actor.haulers().size() == 1 && haulerCode == null) {
                haulerCode = actor.haulers().iterator().next();
            }
            if (actor.has(Role.DISTRICT_OFFICER) && actor.districts().size() == 1 && districtCode == null && haulerCode == null) {
                districtCode = actor.districts().iterator().next();
            }
            boolean allowed = haulerCode != null && actor.mayActForHauler(haulerCode)
                    || districtCode != null && actor.mayReadDistrict(districtCode);
            if (!allowed) {
                throw new NotYoursException(null, Text.of("name your hauler or your district", "请指定您的收运单位或辖区"));
            }
        }
        LocalDate today = clock.today();
        return registry.refusals(new KitchenRegistry.RefusalFilter(st, haulerCode, districtCode, pointCode, from, to,
                overdueOnly ? today : null), page).map(r -> Views.of(r, today));
    }
}

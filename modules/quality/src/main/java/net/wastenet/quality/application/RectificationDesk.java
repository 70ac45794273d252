package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.quality.application.Commands.Completion;
import net.wastenet.quality.application.Views.RectificationView;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.quality.domain.Rectification;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * Rectifications: opened and closed by inspections ({@link InspectionKind}); completed by the district's officer, who
 * records what was done; listed by the district's readers and inspectors, overdue ones on request.
 */
@ApplicationScoped
@Transactional
public class RectificationDesk implements net.wastenet.quality.api.OverdueRectifications {
    static final Text RECTIFICATION = Text.of("rectification", "整改");

    @Inject
    QualityBook book;
    @Inject
    CityClock clock;
    @Inject
    Event<AuditRecord> audit;
    @Inject
    Event<net.wastenet.quality.api.RectificationCompleted> completed;

    public RectificationView complete(long id, Completion cmd, Actor actor) {
        Problems p = new Problems();
        Codes.checkText(cmd.comment(), QualityDrafts.MAX_TEXT, "comment", p);
        List<Long> photoIds = QualityDrafts.photoIds(cmd.photoIds(), p);
        p.throwIfAny();
        Rectification r = book.rectification(id).orElseThrow(() -> new UnknownCodeException("id", RECTIFICATION, String.valueOf(id)));
        if (!(actor.has(Role.DISTRICT_OFFICER) && actor.districts().contains(r.districtCode()))) {
            throw new NotYoursException("id", Text.of("a rectification is completed by its district's officer",
                    "整改由所在区（市）县管理人员确认完成"));
        }
        Map<Long, Photo> photos = book.photos(photoIds);
        for (int i = 0; i < photoIds.size(); i++) {
            Photo photo = photos.get(photoIds.get(i));
            if (photo == null) {
                throw new UnknownCodeException("photoIds[" + i + "]", QualityDrafts.photo(), String.valueOf(photoIds.get(i)));
            }
            if (!photo.uploadedBy().equals(actor.name())) {
                throw new NotYoursException("photoIds[" + i + "]", Text.of("photo " + photo.id() + " was uploaded by someone else",
                        "照片 " + photo.id() + " 不是您上传的"));
            }
        }
        RectificationView before = Views.of(r, clock.today());
        r.complete(cmd.comment(), photoIds, clock.now(), actor.name());
        RectificationView after = Views.of(r, clock.today());
        completed.fire(new net.wastenet.quality.api.RectificationCompleted(r.id(), r.communityCode(), r.districtCode(),
                r.completedAt().toLocalDate(), r.dueDate()));
        audit.fire(AuditRecord.changed("rectification", r.id(), "COMPLETE", actor, null, before, after));
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RectificationView one(long id, Actor actor) {
        Rectification r = book.rectification(id).orElseThrow(() -> new UnknownCodeException("id", RECTIFICATION, String.valueOf(id)));
        actor.requireReadQualityOf(r.districtCode(), "id");
        return Views.of(r, clock.today());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<net.wastenet.quality.api.OverdueRectification> overdueOn(String districtCode, java.time.LocalDate day) {
        var filter = new QualityBook.RectificationFilter(districtCode == null ? null : Set.of(districtCode), null, null, day);
        List<net.wastenet.quality.api.OverdueRectification> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<Rectification> items = book.rectifications(filter, new PageRequest(page, PageRequest.MAX_SIZE)).items();
            items.forEach(r -> all.add(new net.wastenet.quality.api.OverdueRectification(r.id(), r.communityCode(), r.districtCode(),
                    r.openedByInspection(), r.openedOn(), r.dueDate(), r.status().name())));
            if (items.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    /** Rectifications, earliest due first: of a district (or the reader's), by status, only those overdue today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RectificationView> list(String districtCode, String status, String overdue, String communityCode, PageRequest page,
                                        Actor actor) {
        Problems p = new Problems();
        if (districtCode != null) {
            Codes.checkDistrict(districtCode, "districtCode", p);
        }
        if (communityCode != null) {
            Codes.check(communityCode, "communityCode", p);
        }
        Rectification.Status s = Parse.enumValue(Rectification.Status.class, status, "status", false, p);
        Boolean onlyOverdue = Parse.bool(overdue, "overdue", p);
        p.throwIfAny();
        Set<String> districts = PlanDesk.readable(districtCode, actor);
        var today = clock.today();
        return book.rectifications(new QualityBook.RectificationFilter(districts, communityCode, s,
                Boolean.TRUE.equals(onlyOverdue) ? today : null), page).map(r -> Views.of(r, today));
    }
}

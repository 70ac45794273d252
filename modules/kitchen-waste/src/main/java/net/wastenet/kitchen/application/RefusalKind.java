package net.wastenet.kitchen.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.kitchen.api.PickupRefused;
import net.wastenet.kitchen.application.KitchenDrafts.RefusalDraft;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Refusal;
import net.wastenet.kitchen.domain.Source;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointSummary;
import net.wastenet.quality.api.ContaminationNote;
import net.wastenet.quality.api.PhotoRef;
import net.wastenet.quality.api.QualityEvidence;
import net.wastenet.shared.Actor;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A refusal at pickup, as the recording pipeline creates it: the hauler's own (403 for another hauler), dated on its day
 * in the point's district, citing photos the hauler uploaded to the quality module (checked through its api), the
 * notice's rules in {@link Refusal#refuse}. Stored with a note on the quality record of the point's communities.
 * Settings: {@code wastenet.kitchen.refusalNoticeDays} (3), {@code wastenet.kitchen.refusalRepeatCount} (3) within
 * {@code wastenet.kitchen.refusalRepeatDays} (30).
 */
@ApplicationScoped
public class RefusalKind implements RecordKind<RefusalDraft, RefusalKind.Refs, Refusal> {
    static final Text POINT = Text.of("collection point", "投放点");

    @Inject
    KitchenRegistry registry;
    @Inject
    PointDirectory points;
    @Inject
    QualityEvidence quality;
    @Inject
    @ConfigProperty(name = "wastenet.kitchen.refusalNoticeDays", defaultValue = "3")
    int noticeDays;
    @Inject
    @ConfigProperty(name = "wastenet.kitchen.refusalRepeatCount", defaultValue = "3")
    int repeatCount;
    @Inject
    @ConfigProperty(name = "wastenet.kitchen.refusalRepeatDays", defaultValue = "30")
    int repeatDays;

    @Override
    public String name() {
        return "refusal";
    }

    @Override
    public void checkScope(RefusalDraft d, Actor actor) {
        actor.requireActForHauler(d.haulerCode(), "haulerCode");
    }

    @Override
    public Map<String, Refusal> earlier(String submitter, Set<String> clientKeys) {
        return registry.refusalsByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(Refusal r) {
        return r.requestHash();
    }

    @Override
    public Refs lookUp(List<RefusalDraft> drafts) {
        Set<Long> ids = new HashSet<>();
        drafts.forEach(d -> ids.addAll(d.photoIds()));
        return new Refs(quality.photos(ids));
    }

    @Override
    public Dated dated(RefusalDraft d, Refs refs) {
        registry.hauler(d.haulerCode()).orElseThrow(() -> new UnknownCodeException("haulerCode", KitchenReference.HAULER, d.haulerCode()));
        return Dated.on(d.at().toLocalDate(), "refusedAt", refs.point(d.sourcePointCode()).districtCode());
    }

    @Override
    public Refusal make(RefusalDraft d, Refs refs, Stamp stamp) {
        for (int i = 0; i < d.photoIds().size(); i++) {
            long id = d.photoIds().get(i);
            PhotoRef photo = refs.photos.get(id);
            String field = "photoIds[" + i + "]";
            if (photo == null) {
                throw new UnknownCodeException(field, Text.of("photo", "照片"), String.valueOf(id));
            }
            if (!photo.uploadedBy().equals(stamp.who())) {
                throw new NotYoursException(field, Text.of("photo " + id + " was uploaded by someone else", "照片 " + id + " 不是您上传的"));
            }
        }
        PointSummary point = refs.point(d.sourcePointCode());
        var day = d.at().toLocalDate();
        Source source = Source.point(point.code(), point.districtCode(), point.acceptedCategories().contains(WasteCategory.KITCHEN),
                points.isActiveOn(point.code(), day));
        var history = new Refusal.History(registry.openRefusals(point.code()).size(),
                registry.refusalsBetween(point.code(), day.minusDays(repeatDays - 1L), day));
        return Refusal.refuse(source, d.haulerCode(), d.at(), d.reason(), d.photoIds(), history,
                new Refusal.Repeats(repeatCount, repeatDays), noticeDays, stamp);
    }

    @Override
    public List<?> store(List<Refusal> refusals) {
        List<Object> events = new ArrayList<>();
        for (Refusal r : refusals) {
            registry.add(r);
            registry.flush();
            quality.note(new ContaminationNote(ContaminationNote.REFUSAL, r.pointCode(), r.districtCode(), r.refusedOn(),
                    String.valueOf(r.id()), null, r.repeated()));
            events.add(new PickupRefused(r.id(), r.pointCode(), r.districtCode(), r.haulerCode(), r.refusedOn(), r.dueDate(), r.repeated()));
        }
        return events;
    }

    @Override
    public Object ref(Refusal r) {
        return r.id();
    }

    @Override
    public Object audited(Refusal r) {
        return Views.of(r, r.refusedOn());
    }

    /** What a refusal names, read once: the photos it cites; points as they are asked for. */
    final class Refs {
        private final Map<Long, PhotoRef> photos;
        private final Map<String, PointSummary> byCode = new java.util.HashMap<>();

        Refs(Map<Long, PhotoRef> photos) {
            this.photos = photos;
        }

        PointSummary point(String code) {
            return byCode.computeIfAbsent(code, c -> points.point(c).orElseThrow(() -> new UnknownCodeException("sourcePointCode", POINT, c)));
        }
    }
}

package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.points.api.CommunitySummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.api.InspectionRecorded;
import net.wastenet.quality.api.RectificationClosed;
import net.wastenet.quality.api.RectificationOpened;
import net.wastenet.quality.application.QualityDrafts.InspectionDraft;
import net.wastenet.quality.domain.Inspection;
import net.wastenet.quality.domain.InspectionPlan;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.quality.domain.Rectification;
import net.wastenet.quality.domain.Rubric;
import net.wastenet.shared.Actor;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An inspection, as the recording pipeline creates it: by an inspector of the community's district, dated on its day in
 * that district (a locked return refuses it), scored by the rubric version valid on that day ({@link Inspection#record}).
 * Stored with what it changes: a failed inspection opens the community's rectification (due after
 * {@code wastenet.quality.rectificationDays}, 7 by default) unless one is open already; a passing one closes the open one.
 */
@ApplicationScoped
public class InspectionKind implements RecordKind<InspectionDraft, InspectionKind.Refs, Inspection> {
    static final Text COMMUNITY = Text.of("community", "小区");

    @Inject
    QualityBook book;
    @Inject
    PointDirectory directory;
    @Inject
    @ConfigProperty(name = "wastenet.quality.rectificationDays", defaultValue = "7")
    int rectificationDays;
    @Inject
    @ConfigProperty(name = "wastenet.quality.purityVetoDays", defaultValue = "30")
    int purityVetoDays;

    @Override
    public String name() {
        return "inspection";
    }

    /** An inspector of the community's district; an unknown community answers 404 later. */
    @Override
    public void checkScope(InspectionDraft d, Actor actor) {
        Optional<CommunitySummary> community = directory.community(d.communityCode());
        if (community.isPresent()) {
            actor.requireInspectIn(community.get().districtCode(), "communityCode");
        } else if (!actor.has(net.wastenet.shared.Role.INSPECTOR)) {
            throw new NotYoursException("communityCode", Text.of("inspections are recorded by inspectors", "督导检查由检查人员记录"));
        }
    }

    @Override
    public Map<String, Inspection> earlier(String submitter, Set<String> clientKeys) {
        return book.inspectionsByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(Inspection i) {
        return i.requestHash();
    }

    @Override
    public Refs lookUp(List<InspectionDraft> drafts) {
        Set<Long> photoIds = new HashSet<>();
        drafts.forEach(d -> photoIds.addAll(d.photoIds()));
        return new Refs(book.rubrics(), book.photos(photoIds));
    }

    @Override
    public Dated dated(InspectionDraft d, Refs refs) {
        return Dated.on(d.at().toLocalDate(), "inspectedAt", refs.community(d.communityCode()).districtCode());
    }

    @Override
    public Inspection make(InspectionDraft d, Refs refs, Stamp stamp) {
        CommunitySummary community = refs.community(d.communityCode());
        LocalDate day = d.at().toLocalDate();
        if (day.isBefore(community.activeFrom())) {
            throw new InvalidInputException("inspectedAt", Text.of("community " + community.code() + " is in service only from "
                    + community.activeFrom(), "小区 " + community.code() + " 自 " + community.activeFrom() + " 起才投入使用"));
        }
        Rubric rubric = Rubric.validOn(refs.rubrics, day).orElseThrow(() -> new InvalidInputException("inspectedAt",
                Text.of("no rubric is valid on " + day + ": the bureau's first rubric takes effect later",
                        day + " 尚无有效的评分细则")));
        for (int i = 0; i < d.photoIds().size(); i++) {
            long id = d.photoIds().get(i);
            Photo photo = refs.photos.get(id);
            String field = "photoIds[" + i + "]";
            if (photo == null) {
                throw new UnknownCodeException(field, QualityDrafts.photo(), String.valueOf(id));
            }
            if (!photo.uploadedBy().equals(stamp.who())) {
                throw new NotYoursException(field, Text.of("photo " + id + " was uploaded by someone else", "照片 " + id + " 不是您上传的"));
            }
        }
        InspectionPlan plan = book.plan(community.districtCode(), YearMonth.from(day).toString()).orElse(null);
        return Inspection.record(new Inspection.Community(community.code(), community.districtCode()), d.at(), rubric, d.scores(),
                withPurityVeto(community, rubric, day, d.vetoes()), d.comment(), d.photoIds(), d.latitude(), d.longitude(), plan, stamp);
    }

    /**
     * The purity veto fed by the kitchen-waste chain (docs/indicators.md): when the rubric has a veto item on kitchen-waste
     * purity (its code ends in {@code PURITY}) and a point serving the community had a repeated refusal for contamination in
     * the {@code wastenet.quality.purityVetoDays} days up to the inspection, the inspection finds that veto whatever the
     * inspector marked.
     */
    List<String> withPurityVeto(CommunitySummary community, Rubric rubric, LocalDate day, List<String> vetoes) {
        var item = rubric.items().stream().filter(i -> i.veto() && i.code().endsWith("PURITY")).findFirst();
        if (item.isEmpty() || vetoes.contains(item.get().code())) {
            return vetoes;
        }
        Set<String> points = new HashSet<>();
        directory.communitiesServed(community.districtCode(), new net.wastenet.shared.DateRange(day, day)).stream()
                .filter(c -> c.code().equals(community.code())).forEach(c -> c.servingPoints().forEach(sp -> points.add(sp.code())));
        var found = book.contaminationAt(points, day.minusDays(purityVetoDays - 1L), day);
        if (!net.wastenet.quality.domain.Contamination.feedsPurityVeto(found, points, day, purityVetoDays)) {
            return vetoes;
        }
        List<String> more = new ArrayList<>(vetoes);
        more.add(item.get().code());
        return more;
    }

    @Override
    public List<?> store(List<Inspection> inspections) {
        List<Object> events = new ArrayList<>();
        for (Inspection i : inspections) {
            book.add(i);
            Optional<Rectification> unclosed = book.unclosedRectification(i.communityCode());
            if (!i.passed()) {
                Rectification r = unclosed.orElse(null);
                if (r == null) {
                    r = Rectification.open(i, rectificationDays);
                    book.add(r);
                    events.add(new RectificationOpened(r.id(), r.communityCode(), r.districtCode(), i.id(), r.openedOn(), r.dueDate()));
                }
                i.concerns(r.id());
            } else if (unclosed.isPresent() && unclosed.get().isClosedBy(i)) {
                Rectification r = unclosed.get();
                r.close(i);
                i.concerns(r.id());
                events.add(new RectificationClosed(r.id(), r.communityCode(), r.districtCode(), i.id(), r.closedOn(), i.createdBy()));
            }
            events.add(new InspectionRecorded(i.id(), i.communityCode(), i.districtCode(), i.inspectedOn(), i.rubricCode(),
                    i.totalScore(), i.passed(), i.planned()));
        }
        return events;
    }

    @Override
    public Object ref(Inspection i) {
        return i.id();
    }

    @Override
    public Object audited(Inspection i) {
        return Views.of(i);
    }

    /** What a batch of inspections names, read once: the rubric versions, the photos; communities as they are asked for. */
    final class Refs {
        private final List<Rubric> rubrics;
        private final Map<Long, Photo> photos;
        private final Map<String, CommunitySummary> communities = new HashMap<>();

        Refs(List<Rubric> rubrics, Map<Long, Photo> photos) {
            this.rubrics = rubrics;
            this.photos = photos;
        }

        CommunitySummary community(String code) {
            return communities.computeIfAbsent(code, c -> directory.community(c)
                    .orElseThrow(() -> new UnknownCodeException("communityCode", COMMUNITY, c)));
        }
    }
}

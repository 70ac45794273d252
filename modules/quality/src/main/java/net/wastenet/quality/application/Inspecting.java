package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.application.Commands.NewInspection;
import net.wastenet.quality.application.Views.InspectionView;
import net.wastenet.quality.domain.Inspection;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;

/** Inspections: recorded through the pipeline ({@link InspectionKind}), read by the district's readers and inspectors. */
@ApplicationScoped
@Transactional
public class Inspecting {
    static final Text INSPECTION = Text.of("inspection", "督导检查");

    @Inject
    QualityBook book;
    @Inject
    Recording recording;
    @Inject
    InspectionKind kind;
    @Inject
    CityClock clock;
    @Inject
    PointDirectory directory;

    /** The answer to a create: the inspection, and whether this call stored it (false: a retry). */
    public record Recorded(InspectionView inspection, boolean created) {
    }

    public Recorded record(NewInspection cmd, Actor actor) {
        Outcome<Inspection> o = recording.create(kind, QualityDrafts.InspectionDraft.of(cmd, clock), actor);
        return new Recorded(Views.of(o.record()), o.created());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionView one(long id, Actor actor) {
        Inspection i = book.inspection(id).orElseThrow(() -> new UnknownCodeException("id", INSPECTION, String.valueOf(id)));
        actor.requireReadQualityOf(i.districtCode(), "id");
        return Views.of(i);
    }

    /** Inspections newest first, of a community, of a district, or of all the reader's districts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionView> list(String communityCode, Requests.Listing q, Actor actor) {
        String district = q.districtCode();
        if (communityCode != null) {
            var community = directory.community(communityCode)
                    .orElseThrow(() -> new UnknownCodeException("communityCode", InspectionKind.COMMUNITY, communityCode));
            actor.requireReadQualityOf(community.districtCode(), "communityCode");
            district = community.districtCode();
        }
        Set<String> districts = PlanDesk.readable(district, actor);
        return book.inspections(new QualityBook.InspectionFilter(districts, communityCode, q.from(), q.to()), q.page()).map(Views::of);
    }
}

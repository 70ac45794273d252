package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import net.wastenet.quality.api.ContaminationNote;
import net.wastenet.quality.api.PhotoRef;
import net.wastenet.quality.api.QualityEvidence;
import net.wastenet.quality.domain.Contamination;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.shared.CityClock;

/** The quality record's door for other modules: photos they cite, contamination they found at points (kitchen waste). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvidenceDesk implements QualityEvidence {
    @Inject
    QualityBook book;
    @Inject
    CityClock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, PhotoRef> photos(Collection<Long> ids) {
        Map<Long, PhotoRef> found = new HashMap<>();
        book.photos(ids).forEach((id, p) -> found.put(id, new PhotoRef(id, p.uploadedBy())));
        return found;
    }

    @Override
    public void note(ContaminationNote n) {
        book.add(Contamination.note(Contamination.Kind.valueOf(n.kind()), n.pointCode(), n.districtCode(), n.day(), n.reference(),
                n.weightKg(), n.repeated(), clock.now()));
    }
}

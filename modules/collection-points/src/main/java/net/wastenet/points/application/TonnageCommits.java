package net.wastenet.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import net.wastenet.points.application.Views.TonnageLogView;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;
import net.wastenet.shared.recording.Submission;

/** One group commit of weighings: the batch through the recording pipeline, in a transaction of its own. */
@ApplicationScoped
public class TonnageCommits {
    @Inject
    Recording recording;
    @Inject
    TonnageLogKind kind;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome<TonnageLogView>> commit(List<Submission<TonnageDraft>> batch) {
        return recording.createAll(kind, batch).stream().map(o -> o.map(log -> Views.of(log, true))).toList();
    }
}

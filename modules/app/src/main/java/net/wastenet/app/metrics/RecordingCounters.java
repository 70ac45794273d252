package net.wastenet.app.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.wastenet.app.problems.ProblemMapper;
import net.wastenet.shared.recording.Tally;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The recording pipeline's counters on /metrics, told by the pipeline itself (every create of every module goes
 * through it: one request, a group commit, an import chunk):
 * <ul>
 *   <li>{@code wastenet_records_created_total{kind,category}}: records stored, counted when their transaction
 *       commits ({@code kind} tonnage-log, receipt, transfer, output, pickup, treatment, stock-report);</li>
 *   <li>{@code wastenet_records_refused_total{kind,category,reason,field}}: submissions refused, {@code reason}
 *       the problem type the client was answered (invalid-input, conflict, forbidden, unknown-code) and
 *       {@code field} the first field it named.</li>
 * </ul>
 * Labels come from the API's own fixed vocabularies (kinds, categories, problem types, field names), never from
 * what a client typed, so the series stay few.
 */
@ApplicationScoped
public class RecordingCounters implements Tally {
    @Inject
    MetricRegistry metrics;
    @Inject
    AfterCommit afterCommit;

    /** One increment of {@code count}, one synchronization with the transaction, however large the chunk. */
    @Override
    public void created(String kind, String category, int count) {
        if (count > 0) {
            afterCommit.run(() -> metrics.counter("wastenet.records.created", new Tag("kind", kind), new Tag("category", category)).inc(count));
        }
    }

    @Override
    public void refused(String kind, String category, RuntimeException why) {
        ProblemMapper.Reason reason = ProblemMapper.reasonOf(why);
        metrics.counter("wastenet.records.refused", new Tag("kind", kind), new Tag("category", category),
                new Tag("reason", reason.type()), new Tag("field", reason.field())).inc();
    }
}

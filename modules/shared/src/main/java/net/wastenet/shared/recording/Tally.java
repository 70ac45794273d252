package net.wastenet.shared.recording;

/**
 * What the pipeline tells the platform's counters: records created and submissions refused, by the
 * record's kind ({@link RecordKind#tallyName}), its category ({@link RecordKind#category}) and, for a
 * refusal, the reason (the problem type: {@code invalid-input}, {@code conflict}, {@code forbidden},
 * {@code unknown-code}) and the field it names. Told in the writing transaction: an implementation
 * counts created records once that transaction commits.
 */
public interface Tally {
    /** Counts nothing: the pipeline's plain tests. */
    Tally NONE = new Tally() {
        @Override
        public void created(String kind, String category, int count) {
        }

        @Override
        public void refused(String kind, String category, RuntimeException why) {
        }
    };

    /** {@code count} records of one kind and category created together (a request, a batch, an import's chunk): told once. */
    void created(String kind, String category, int count);

    void refused(String kind, String category, RuntimeException why);
}

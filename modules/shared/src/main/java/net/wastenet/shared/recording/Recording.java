package net.wastenet.shared.recording;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.UnknownCodeException;

/**
 * The one way every record is created. For each submission, in this order:
 * <ol>
 *   <li>the caller's scope over what the draft names (403; 404 if the code names nothing at all), on a
 *       replay too, so a replay never hands a record to someone who may not write it;</li>
 *   <li>an earlier record of the same submitter with the same client key: the same fingerprint answers
 *       that record (a replay, nothing stored), another one is refused (409). Keys belong to their
 *       submitter: the same string from two users is two keys;</li>
 *   <li>what the drafts refer to, read once for the batch (404 for an unknown code);</li>
 *   <li>the record's day: not before the first day the indicators are defined for (400), and the period
 *       lock of that day in each district it enters, asked once for the batch (409);</li>
 *   <li>the aggregate's factory: its rules, then the record (400);</li>
 *   <li>store, events, audit, in the caller's transaction.</li>
 * </ol>
 * A batch is processed in submission order: a key repeated within it behaves exactly as if the
 * submissions had come one after the other, so an import gives the same result whatever its chunk
 * size. A refused submission stores nothing and does not disturb the others; anything else thrown
 * (a database failure) fails the whole batch, for the caller's transaction to roll back.
 */
public final class Recording {
    private final PeriodLocks locks;
    private final CityClock clock;
    private final Consumer<Object> events;
    private final Consumer<AuditRecord> audit;
    private final Tally tally;

    /**
     * @param events fires an event to the observers in the writing transaction (CDI {@code Event<Object>})
     * @param audit  keeps an audit record in the writing transaction
     */
    public Recording(PeriodLocks locks, CityClock clock, Consumer<Object> events, Consumer<AuditRecord> audit) {
        this(locks, clock, events, audit, Tally.NONE);
    }

    /** @param tally counts what the pipeline created and refused (the platform's metrics) */
    public Recording(PeriodLocks locks, CityClock clock, Consumer<Object> events, Consumer<AuditRecord> audit, Tally tally) {
        this.tally = Objects.requireNonNull(tally);
        this.locks = Objects.requireNonNull(locks);
        this.clock = Objects.requireNonNull(clock);
        this.events = Objects.requireNonNull(events);
        this.audit = Objects.requireNonNull(audit);
    }

    /** One request: its record (created or replayed), or its refusal thrown. */
    public <D extends Draft, X, R> Outcome<R> create(RecordKind<D, X, R> kind, D draft, Actor actor) {
        Outcome<R> outcome = createAll(kind, List.of(new Submission<>(draft, actor))).get(0);
        outcome.recordOrThrow();
        return outcome;
    }

    /** A batch of requests, in order, in the caller's transaction: one outcome per submission, one audit entry per record. */
    public <D extends Draft, X, R> List<Outcome<R>> createAll(RecordKind<D, X, R> kind, List<Submission<D>> batch) {
        return run(kind, batch, null);
    }

    /**
     * A chunk of an import, as {@link #createAll}, with one audit entry for what the chunk created (per
     * submitter: its lines and the records' references) instead of one per record: the records carry who
     * created them and when, the import its file, and the trail stays a line per chunk of a million rows.
     */
    public <D extends Draft, X, R> List<Outcome<R>> importAll(RecordKind<D, X, R> kind, List<Submission<D>> batch, String lines) {
        return run(kind, batch, lines);
    }

    /**
     * One chunk of a bulk import, in the caller's transaction: each row turned into a draft (a row whose
     * form is refused is reported, the others go on), the drafts through {@link #importAll}, and what
     * became of the rows counted as the import keeps it: stored now, found stored already, refused with
     * their lines (a row may be refused on several fields). The audit entry names {@code source} and the lines.
     */
    public <T, D extends Draft, X, R> RecordImport.Outcome importChunk(RecordKind<D, X, R> kind, List<T> rows, ToLongFunction<T> lineOf,
                                                                      Function<T, D> draftOf, Actor actor, String source) {
        List<RecordImport.Rejection> rejected = new ArrayList<>();
        List<Submission<D>> drafts = new ArrayList<>(rows.size());
        List<Long> lines = new ArrayList<>(rows.size());
        for (T row : rows) {
            try {
                drafts.add(new Submission<>(draftOf.apply(row), actor));
                lines.add(lineOf.applyAsLong(row));
            } catch (RuntimeException e) {
                rejected.addAll(RecordImport.Outcome.rejectionsOf(lineOf.applyAsLong(row), e));
                if (isRefusal(e)) {
                    tally.refused(kind.tallyName(), "", e);
                }
            }
        }
        int accepted = 0;
        int alreadyStored = 0;
        if (!rows.isEmpty()) {
            List<Outcome<R>> outcomes = importAll(kind, drafts, source + " lines " + lineOf.applyAsLong(rows.get(0)) + "-"
                    + lineOf.applyAsLong(rows.get(rows.size() - 1)));
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome<R> o = outcomes.get(i);
                if (o.isRefused()) {
                    rejected.addAll(RecordImport.Outcome.rejectionsOf(lines.get(i), o.refusal()));
                } else if (o.created()) {
                    accepted++;
                } else {
                    alreadyStored++;
                }
            }
        }
        rejected.sort(Comparator.comparingLong(RecordImport.Rejection::line));
        return new RecordImport.Outcome(accepted, alreadyStored, rejected);
    }

    private <D extends Draft, X, R> List<Outcome<R>> run(RecordKind<D, X, R> kind, List<Submission<D>> batch, String importedLines) {
        List<Outcome<R>> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(null);
        }
        // 1. scope, from the draft alone; an outsider's draft is never answered with an earlier record
        List<Integer> open = new ArrayList<>();
        Map<Integer, Outcome<R>> notYours = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Submission<D> s = batch.get(i);
            try {
                kind.checkScope(s.draft(), s.actor());
            } catch (RuntimeException e) {
                notYours.put(i, refusedOrRethrow(e));
            }
            open.add(i);
        }
        // 2. the submitters' earlier records with these keys, one read per submitter
        Map<String, Set<String>> keysBySubmitter = new LinkedHashMap<>();
        for (int i : open) {
            Submission<D> s = batch.get(i);
            if (s.draft().clientKey() != null && !notYours.containsKey(i)) {
                keysBySubmitter.computeIfAbsent(s.actor().name(), k -> new HashSet<>()).add(s.draft().clientKey());
            }
        }
        Map<Key, R> earlier = new HashMap<>();
        keysBySubmitter.forEach((who, keys) -> kind.earlier(who, keys).forEach((key, r) -> earlier.put(new Key(who, key), r)));
        // 3. what the drafts refer to, once
        List<D> drafts = new ArrayList<>(open.size());
        for (int i : open) {
            Key key = Key.of(batch.get(i));
            if (key == null || notYours.containsKey(i) || !earlier.containsKey(key)) {
                drafts.add(batch.get(i).draft());
            }
        }
        X refs = drafts.isEmpty() ? null : kind.lookUp(drafts);
        // 4. the day and districts of each, and every lock among them in one question
        Map<Integer, Dated> dated = new HashMap<>();
        Map<Integer, Outcome<R>> unknown = new HashMap<>();
        for (int i : open) {
            Key key = Key.of(batch.get(i));
            if (key != null && !notYours.containsKey(i) && earlier.containsKey(key)) {
                continue;
            }
            try {
                dated.put(i, kind.dated(batch.get(i).draft(), refs));
                if (notYours.containsKey(i)) {
                    outcomes.set(i, notYours.get(i));
                }
            } catch (RuntimeException e) {
                // an unknown code is answered as such (404), to an outsider too: the code names nothing of anyone's;
                // otherwise in step 5, after a replay of a record made earlier in this batch, as one by one
                Outcome<R> refusal = refusedOrRethrow(e);
                if (notYours.containsKey(i)) {
                    outcomes.set(i, refusal);
                } else {
                    unknown.put(i, refusal);
                }
            }
        }
        PeriodLocks.BatchStanding standing = standing(dated.values());
        PeriodLocks.LockedDays lockedDays = standing.locked();
        net.wastenet.shared.FirstReportedDay firstDay = standing.firstReportedDay().orElse(null);
        // 5. in submission order: replay, lock, the aggregate's factory
        LocalDateTime now = clock.now();
        List<R> made = new ArrayList<>();
        List<Actor> makers = new ArrayList<>();
        for (int i : open) {
            if (outcomes.get(i) != null) {
                continue;
            }
            Submission<D> s = batch.get(i);
            Key key = Key.of(s);
            R before = key == null ? null : earlier.get(key);
            try {
                if (before != null) {
                    if (!kind.fingerprintOf(before).equals(s.draft().fingerprint())) {
                        throw ConflictException.clientKeyReused(s.draft().clientKey());
                    }
                    outcomes.set(i, Outcome.replayed(before));
                    continue;
                }
                if (unknown.containsKey(i)) {
                    outcomes.set(i, unknown.get(i));
                    continue;
                }
                Dated d = dated.get(i);
                if (firstDay != null) {
                    firstDay.require(d.day(), d.field());
                }
                for (String district : d.districts()) {
                    Optional<String> period = lockedDays.lockedPeriod(district, d.day());
                    if (period.isPresent()) {
                        throw PeriodLocks.refusal(district, period.get(), d.day(), d.field());
                    }
                }
                R record = kind.make(s.draft(), refs, new Stamp(s.actor().name(), now, s.draft().clientKey(), s.draft().fingerprint()));
                made.add(record);
                makers.add(s.actor());
                outcomes.set(i, Outcome.created(record));
                if (key != null) {
                    earlier.put(key, record);
                }
            } catch (RuntimeException e) {
                outcomes.set(i, refusedOrRethrow(e));
            }
        }
        // 6. store, events, audit
        if (!made.isEmpty()) {
            kind.store(made, importedLines != null).forEach(events);
            if (importedLines == null) {
                for (int i = 0; i < made.size(); i++) {
                    R r = made.get(i);
                    audit.accept(new AuditRecord(kind.name(), String.valueOf(kind.ref(r)), "CREATE", makers.get(i).name(), null, null,
                            kind.audited(r)));
                }
            } else {
                Map<String, List<Object>> createdBy = new LinkedHashMap<>();
                for (int i = 0; i < made.size(); i++) {
                    createdBy.computeIfAbsent(makers.get(i).name(), k -> new ArrayList<>()).add(kind.ref(made.get(i)));
                }
                createdBy.forEach((who, created) -> audit.accept(new AuditRecord(kind.name(), importedLines, "IMPORT", who, null, null,
                        Map.of("created", created))));
            }
        }
        // 7. the counters: what was created (once per category for the whole batch) and what was refused, by category and reason
        Map<String, Integer> createdByCategory = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome<R> o = outcomes.get(i);
            if (o.created()) {
                createdByCategory.merge(kind.category(batch.get(i).draft()), 1, Integer::sum);
            } else if (o.isRefused()) {
                tally.refused(kind.tallyName(), kind.category(batch.get(i).draft()), o.refusal());
            }
        }
        createdByCategory.forEach((category, n) -> tally.created(kind.tallyName(), category, n));
        return outcomes;
    }

    /** The locks of the batch's districts and days and the first reported day, asked at once; nothing asked for an empty batch. */
    private PeriodLocks.BatchStanding standing(java.util.Collection<Dated> dated) {
        if (dated.isEmpty()) {
            return new PeriodLocks.BatchStanding((district, day) -> Optional.empty(), Optional.empty());
        }
        Set<String> districts = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Dated d : dated) {
            districts.addAll(d.districts());
            first = first == null || d.day().isBefore(first) ? d.day() : first;
            last = last == null || d.day().isAfter(last) ? d.day() : last;
        }
        return locks.standing(districts, first, last);
    }

    /**
     * A request refused for its form before it became a draft (a weight that is no number): counted with the
     * pipeline's refusals under {@code category} (what the request said, if it named a known one), then thrown.
     */
    public RuntimeException refusedForm(RecordKind<?, ?, ?> kind, String category, RuntimeException why) {
        if (isRefusal(why)) {
            tally.refused(kind.tallyName(), category == null ? "" : category, why);
        }
        return why;
    }

    /** Whether a failure is a refusal of the request (a broken rule) rather than a failure of the system. */
    public static boolean isRefusal(Throwable e) {
        return e instanceof InvalidInputException || e instanceof UnknownCodeException || e instanceof ConflictException
                || e instanceof NotYoursException;
    }

    private static <R> Outcome<R> refusedOrRethrow(RuntimeException e) {
        if (isRefusal(e)) {
            return Outcome.refused(e);
        }
        throw e;
    }

    /** A client key as it is unique: per submitter. */
    private record Key(String submitter, String clientKey) {
        static Key of(Submission<?> s) {
            return s.draft().clientKey() == null ? null : new Key(s.actor().name(), s.draft().clientKey());
        }
    }
}

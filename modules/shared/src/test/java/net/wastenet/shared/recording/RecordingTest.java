package net.wastenet.shared.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import org.junit.jupiter.api.Test;

/** The recording pipeline with in-memory ports: a "note" of a weight at a point, as a weighing is. */
class RecordingTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    static final Actor ANNA = staff("anna", "P1", "P2");
    static final Actor BO = staff("bo", "P2");

    record NoteDraft(String point, BigDecimal kg, LocalDate day, String clientKey) implements Draft {
        @Override
        public String fingerprint() {
            return Fingerprint.of(point, kg.stripTrailingZeros().toPlainString(), day);
        }
    }

    record Note(long id, String point, String district, BigDecimal kg, LocalDate day, String who, String clientKey, String fingerprint) {
    }

    /** A record kind over a list, with points P1, P2 (district 510104) and P3 (510105). */
    static class Notes implements RecordKind<NoteDraft, Map<String, String>, Note> {
        final Map<String, String> districtOfPoint = Map.of("P1", "510104", "P2", "510104", "P3", "510105");
        final List<Note> stored = new ArrayList<>();
        final List<String> reads = new ArrayList<>();
        long nextId = 1;

        @Override
        public String name() {
            return "note";
        }

        @Override
        public void checkScope(NoteDraft d, Actor actor) {
            actor.requireWriteAtPoint(d.point(), "point");
        }

        @Override
        public Map<String, Note> earlier(String submitter, Set<String> keys) {
            reads.add("earlier " + submitter);
            return stored.stream().filter(n -> n.who().equals(submitter) && keys.contains(n.clientKey()))
                    .collect(Collectors.toMap(Note::clientKey, n -> n));
        }

        @Override
        public String fingerprintOf(Note n) {
            return n.fingerprint();
        }

        @Override
        public Map<String, String> lookUp(List<NoteDraft> drafts) {
            reads.add("lookUp " + drafts.size());
            return districtOfPoint;
        }

        @Override
        public Dated dated(NoteDraft d, Map<String, String> districts) {
            String district = districts.get(d.point());
            if (district == null) {
                throw new UnknownCodeException("point", Text.of("point", "投放点"), d.point());
            }
            return Dated.on(d.day(), "day", district);
        }

        @Override
        public Note make(NoteDraft d, Map<String, String> districts, Stamp stamp) {
            Problems p = new Problems();
            p.require(d.kg().compareTo(BigDecimal.valueOf(1000)) <= 0, "kg", "too heavy for a point", "超重");
            p.throwIfAny();
            return new Note(nextId++, d.point(), districts.get(d.point()), d.kg(), d.day(), stamp.who(), stamp.clientKey(),
                    stamp.fingerprint());
        }

        @Override
        public List<?> store(List<Note> records) {
            stored.addAll(records);
            return List.of(new NotesLogged(records.stream().map(Note::id).toList()));
        }

        @Override
        public Object ref(Note n) {
            return n.id();
        }

        @Override
        public Object audited(Note n) {
            return n;
        }
    }

    record NotesLogged(List<Long> ids) {
    }

    final Notes notes = new Notes();
    final List<Object> events = new ArrayList<>();
    final List<AuditRecord> audit = new ArrayList<>();
    final Map<String, String> lockedMonths = new HashMap<>();
    final PeriodLocks locks = (district, day) -> Optional.ofNullable(lockedMonths.get(district + " " + day.withDayOfMonth(1)));
    final Recording recording = new Recording(locks, new CityClock(Clock.fixed(Instant.parse("2026-11-04T02:00:00Z"),
            CityClock.ZONE)), events::add, audit::add);

    static Actor staff(String name, String... points) {
        return new Actor(name, EnumSet.of(Role.STATION_STAFF), Set.of(points), Set.of(), Set.of(), Set.of());
    }

    static NoteDraft note(String point, int kg, String key) {
        return new NoteDraft(point, BigDecimal.valueOf(kg), DAY, key);
    }

    @Test
    void aRecordIsStoredWithItsEventsAndItsAuditEntry() {
        Outcome<Note> o = recording.create(notes, note("P1", 12, "k1"), ANNA);

        assertTrue(o.created());
        assertEquals(List.of(o.record()), notes.stored);
        assertEquals(List.of(new NotesLogged(List.of(o.record().id()))), events);
        assertEquals(1, audit.size());
        assertEquals("anna", audit.get(0).actor());
        assertEquals("CREATE", audit.get(0).action());
        assertEquals("note", audit.get(0).recordType());
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstRecordAndStoresNothing() {
        Note first = recording.create(notes, note("P1", 12, "k1"), ANNA).record();

        Outcome<Note> again = recording.create(notes, note("P1", 12, "k1"), ANNA);

        assertFalse(again.created());
        assertSame(first, again.record());
        assertEquals(1, notes.stored.size());
        assertEquals(1, events.size());
        assertEquals(1, audit.size());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused409() {
        recording.create(notes, note("P1", 12, "k1"), ANNA);

        ConflictException e = assertThrows(ConflictException.class, () -> recording.create(notes, note("P1", 13, "k1"), ANNA));
        assertEquals("clientKey", e.field());
        assertEquals(1, notes.stored.size());
    }

    @Test
    void aKeyBelongsToItsSubmitterSoTheSameStringFromTwoUsersIsTwoRecords() {
        Note annas = recording.create(notes, note("P2", 12, "shared-key"), ANNA).record();
        Note bos = recording.create(notes, note("P2", 12, "shared-key"), BO).record();

        assertEquals(2, notes.stored.size());
        assertEquals("anna", annas.who());
        assertEquals("bo", bos.who());
    }

    @Test
    void aReplayBySomeoneOutsideTheScopeIsRefused403AndNeverHandsOverTheRecord() {
        recording.create(notes, note("P1", 12, "k1"), ANNA);

        NotYoursException e = assertThrows(NotYoursException.class, () -> recording.create(notes, note("P1", 12, "k1"), BO));
        assertEquals("point", e.field());
        assertFalse(notes.reads.contains("earlier bo"), "the outsider's key is never looked up: " + notes.reads);
        assertEquals(1, notes.stored.size());
    }

    @Test
    void anOutsiderNamingACodeThatDoesNotExistLearnsThatItIsUnknown404() {
        UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> recording.create(notes, note("P9", 12, "k1"), BO));
        assertEquals("point", e.field());
    }

    @Test
    void aLockedDayInTheRecordsDistrictIsRefused409AndStoresNothing() {
        lockedMonths.put("510104 2026-11-01", "2026-11");

        ConflictException e = assertThrows(ConflictException.class, () -> recording.create(notes, note("P1", 12, "k1"), ANNA));
        assertEquals("day", e.field());
        assertTrue(notes.stored.isEmpty());
        assertTrue(audit.isEmpty());
    }

    @Test
    void anUnknownCodeIsRefused404() {
        Actor admin = Actor.system("admin");
        UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> recording.create(notes, note("P9", 12, null), admin));
        assertEquals("point", e.field());
    }

    @Test
    void aBrokenRuleRefusesItsOwnSubmissionOnlyAndTheBatchStoresTheRest() {
        List<Outcome<Note>> out = recording.createAll(notes, List.of(
                new Submission<>(note("P1", 12, "a"), ANNA),
                new Submission<>(note("P1", 5000, "b"), ANNA),
                new Submission<>(note("P1", 13, "c"), BO),
                new Submission<>(note("P2", 14, "d"), BO)));

        assertTrue(out.get(0).created());
        assertInstanceOf(InvalidInputException.class, out.get(1).refusal());
        assertInstanceOf(NotYoursException.class, out.get(2).refusal());
        assertTrue(out.get(3).created());
        assertEquals(2, notes.stored.size());
        assertEquals(2, audit.size());
        assertEquals(List.of("anna", "bo"), audit.stream().map(AuditRecord::actor).toList());
        assertEquals(1, events.size(), "one event for the batch");
    }

    @Test
    void anImportChunkKeepsOneAuditEntryForWhatItCreatedNotOnePerRecord() {
        List<Outcome<Note>> out = recording.importAll(notes, List.of(
                new Submission<>(note("P1", 12, "a"), ANNA),
                new Submission<>(note("P1", 5000, "b"), ANNA),
                new Submission<>(note("P2", 14, "c"), ANNA)), "lines 2-4");
        assertEquals(2, notes.stored.size());
        assertEquals(1, audit.size());
        AuditRecord entry = audit.get(0);
        assertEquals("IMPORT", entry.action());
        assertEquals("lines 2-4", entry.recordRef());
        assertEquals("anna", entry.actor());
        assertEquals(Map.of("created", List.of(out.get(0).record().id(), out.get(2).record().id())), entry.after());
    }

    @Test
    void aFailureOfTheSystemIsNotARefusalAndFailsTheBatch() {
        RecordKind<NoteDraft, Map<String, String>, Note> broken = new Notes() {
            @Override
            public List<?> store(List<Note> records) {
                throw new IllegalStateException("disk full");
            }
        };
        assertThrows(IllegalStateException.class, () -> recording.create(broken, note("P1", 12, "k1"), ANNA));
    }

    /**
     * Rows of a file with keys repeated (same body and other bodies), broken rules and a locked
     * district: the outcome of each row is the same whatever the chunk size, as if sent one by one.
     */
    @Test
    void aKeyRepeatedInAFileGivesTheSameResultWhateverTheChunkSize() {
        lockedMonths.put("510105 2026-11-01", "2026-11");
        Random random = new Random(7);
        List<NoteDraft> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String point = List.of("P1", "P2", "P3", "P9").get(random.nextInt(4));
            int kg = random.nextInt(20) == 0 ? 5000 : 1 + random.nextInt(3);
            rows.add(new NoteDraft(point, BigDecimal.valueOf(kg), DAY, "k" + random.nextInt(120)));
        }
        Actor admin = Actor.system("importer");
        List<String> oneByOne = outcomes(rows, 1, admin);
        assertTrue(oneByOne.stream().anyMatch(s -> s.startsWith("replayed")), "the file repeats keys with the same body");
        assertTrue(oneByOne.stream().anyMatch(s -> s.equals("ConflictException clientKey")), "and with another body");
        for (int chunk : new int[] {7, 1000}) {
            assertEquals(oneByOne, outcomes(rows, chunk, admin), "chunks of " + chunk);
        }
    }

    private static List<String> outcomes(List<NoteDraft> rows, int chunk, Actor actor) {
        Notes kind = new Notes();
        Recording withLock = new Recording((district, day) -> "510105".equals(district) ? Optional.of("2026-11") : Optional.empty(),
                CityClock.system(), e -> { }, a -> { });
        List<String> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += chunk) {
            List<Submission<NoteDraft>> batch = rows.subList(i, Math.min(rows.size(), i + chunk)).stream()
                    .map(d -> new Submission<>(d, actor)).toList();
            for (Outcome<Note> o : withLock.createAll(kind, batch)) {
                result.add(o.isRefused() ? o.refusal().getClass().getSimpleName() + " " + field(o.refusal())
                        : (o.created() ? "created " : "replayed ") + o.record().id());
            }
        }
        return result;
    }

    private static String field(RuntimeException e) {
        if (e instanceof ConflictException c) {
            return c.field();
        }
        if (e instanceof InvalidInputException i) {
            return i.errors().get(0).field();
        }
        if (e instanceof UnknownCodeException u) {
            return u.field();
        }
        return "";
    }

    @Test
    void theCountersAreToldWhatWasCreatedAndWhatWasRefusedButNotARetry() {
        List<String> told = new ArrayList<>();
        Tally tally = new Tally() {
            @Override
            public void created(String kind, String category, int count) {
                told.add("created " + kind + " " + category + " x" + count);
            }

            @Override
            public void refused(String kind, String category, RuntimeException why) {
                told.add("refused " + kind + " " + why.getClass().getSimpleName());
            }
        };
        Recording counted = new Recording(locks, new CityClock(Clock.fixed(Instant.parse("2026-11-04T02:00:00Z"), CityClock.ZONE)),
                events::add, audit::add, tally);
        counted.createAll(notes, List.of(new Submission<>(note("P1", 12, "k1"), ANNA), new Submission<>(note("P1", 12, "k1"), ANNA),
                new Submission<>(note("P1", 5000, null), ANNA), new Submission<>(note("P9", 1, null), ANNA),
                new Submission<>(note("P1", 1, null), BO), new Submission<>(note("P1", 7, null), ANNA)));
        // created records are told once per category for the whole batch (one increment, however large an import's chunk)
        assertEquals(List.of("refused note InvalidInputException", "refused note UnknownCodeException",
                "refused note NotYoursException", "created note " + notes.category(note("P1", 12, "k1")) + " x2"), told);
    }
}

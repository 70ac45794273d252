package net.wastenet.points.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.wastenet.points.api.TonnageCorrected;
import net.wastenet.points.application.Views.TonnageLogView;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.points.domain.TonnageEntry;
import net.wastenet.points.domain.TonnageLog;
import net.wastenet.points.domain.TonnageLogs;
import net.wastenet.points.domain.UsualWeight;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.Material;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.GroupCommit;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;
import net.wastenet.shared.recording.Submission;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Station staff's use cases on the tonnage log: log a weighing, correct it, read it back, import
 * many. A weighing is created by the recording pipeline ({@link TonnageLogKind}); concurrent weighings
 * are committed together ({@link GroupCommit}), each answered only once its batch is on disk. A
 * correction, a read and an import chunk are one transaction each; events are fired inside it so
 * that readers in other modules change with the record or not at all.
 */
@ApplicationScoped
@Transactional
public class TonnageLogging {
    private static final Text LOG = Text.of("tonnage record", "称重记录");

    @Inject
    Event<AuditRecord> audit;
    @Inject
    CollectionPoints points;
    @Inject
    TonnageLogs logs;
    @Inject
    CityClock clock;
    @Inject
    PeriodLocks locks;
    @Inject
    Recording recording;
    @Inject
    TonnageLogKind kind;
    @Inject
    TonnageCommits commits;
    @Inject
    Event<TonnageCorrected> corrected;
    @Inject
    @ConfigProperty(name = "wastenet.recording.maxBatch", defaultValue = "64")
    int maxBatch;
    @Inject
    @ConfigProperty(name = "wastenet.recording.concurrentBatches", defaultValue = "2")
    int concurrentBatches;

    private GroupCommit<Submission<TonnageDraft>, Outcome<TonnageLogView>> groupCommit;

    @PostConstruct
    void startGroupCommit() {
        groupCommit = new GroupCommit<>(maxBatch, concurrentBatches, commits::commit,
                one -> Idempotency.retryOnKeyClash(() -> commits.commit(List.of(one)).get(0)));
    }

    /** The answer to a create: the record, and whether this call stored it (false: a retry of an earlier call). */
    public record Logged(TonnageLogView log, boolean created) {
    }

    /** Logs one weighing: answered once it is on disk, with the weighings that arrived with it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Logged log(NewTonnageLog cmd, Actor actor) {
        TonnageDraft draft;
        try {
            draft = TonnageDraft.of(cmd, clock);
        } catch (RuntimeException e) {
            throw recording.refusedForm(kind, categoryNamed(cmd.category()), e);
        }
        Outcome<TonnageLogView> outcome = groupCommit.submit(new Submission<>(draft, actor));
        return new Logged(outcome.recordOrThrow(), outcome.created());
    }

    /** The category a refused request named, for the counters: a known one, or none. */
    private static String categoryNamed(String category) {
        for (WasteCategory c : WasteCategory.values()) {
            if (c.name().equals(category)) {
                return c.name();
            }
        }
        return "";
    }

    /** Group commits so far and the weighings they held (for the benchmark's report). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] groupCommitCounts() {
        return groupCommit.counts();
    }

    public TonnageLogView correct(long id, TonnageCorrection cmd, Actor actor) {
        Problems p = new Problems();
        WasteCategory category = Parse.enumValue(WasteCategory.class, cmd.category(), "category", false, p);
        Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
        Weight weight = cmd.weightKg() == null ? null : Weight.check(cmd.weightKg(), "weightKg", p);
        Codes.checkText(cmd.reason(), 500, "reason", p);
        if (cmd.weightKg() == null && cmd.category() == null && cmd.material() == null) {
            p.add("weightKg", "a correction needs at least one of weightKg, category, material",
                    "更正至少需要重量、类别、细类之一");
        }
        p.throwIfAny();
        TonnageLog log = logs.find(id).orElseThrow(() -> new UnknownCodeException("id", LOG, String.valueOf(id)));
        actor.requireWriteAtPoint(log.pointCode(), "id");
        locks.requireOpen(log.weighedOn(), "id", log.districtCode());
        CollectionPoint point = points.find(log.pointId()).orElseThrow();
        TonnageLogView viewBefore = Views.of(log, false);
        TonnageEntry before = log.current();
        log.correct(point, category, material, weight, cmd.basedOnRevision(), cmd.reason().strip(), clock.now(), actor.name());
        TonnageEntry after = log.current();
        corrected.fire(new TonnageCorrected(log.id(), log.revision(), log.pointCode(), log.districtCode(), log.weighedOn(),
                before.category(), before.material(), before.weight().kilograms(),
                after.category(), after.material(), after.weight().kilograms()));
        TonnageLogView view = Views.of(log, true);
        audit.fire(AuditRecord.changed("tonnage-log", log.id(), "CORRECT", actor, cmd.reason().strip(), viewBefore, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TonnageLogView find(long id, Actor actor) {
        TonnageLog log = logs.find(id).orElseThrow(() -> new UnknownCodeException("id", LOG, String.valueOf(id)));
        actor.requireReadPoint(log.pointCode(), log.districtCode(), "id");
        return Views.of(log, true);
    }

    /**
     * Lists weighings within what the actor may read: the bureau and administrators everything,
     * district officers their districts, station staff their points. Naming a point or district
     * outside that answers 403; naming none lists all that is theirs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TonnageLogView> list(String pointCode, String districtCode, LocalDate from, LocalDate to,
                                     PageRequest page, Actor actor) {
        Set<String> onlyPoints = null;
        Set<String> onlyDistricts = null;
        if (!actor.readsEverything()) {
            if (pointCode != null) {
                CollectionPoint point = points.find(pointCode)
                        .orElseThrow(() -> new UnknownCodeException("pointCode", ReferenceData.POINT, pointCode));
                actor.requireReadPoint(point.code(), point.districtCode(), "pointCode");
            } else if (districtCode != null && !actor.mayReadDistrict(districtCode) && !actor.has(Role.STATION_STAFF)) {
                actor.requireReadDistrict(districtCode, "districtCode");
            }
            onlyPoints = actor.has(Role.STATION_STAFF) ? actor.points() : Set.of();
            onlyDistricts = actor.has(Role.DISTRICT_OFFICER) ? actor.districts() : Set.of();
            if (onlyPoints.isEmpty() && onlyDistricts.isEmpty()) {
                throw new NotYoursException(null, Text.of("no station's log is yours to read",
                        "您无权查看任何投放点的称重记录"));
            }
        }
        return logs.list(new TonnageLogs.Filter(pointCode, districtCode, from, to, onlyPoints, onlyDistricts), page)
                .map(l -> Views.of(l, false));
    }

    /**
     * What a point usually weighs in a category over the last {@link UsualWeight#DAYS} days (its
     * current revisions, the latest 1,000 at most), for the station page's second look at a weight
     * far above it. Read by whoever may read the point.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Views.UsualWeightView usual(String pointCode, net.wastenet.shared.WasteCategory category, Actor actor) {
        CollectionPoint point = points.find(pointCode)
                .orElseThrow(() -> new UnknownCodeException("pointCode", ReferenceData.POINT, pointCode));
        if (!actor.readsEverything()) {
            actor.requireReadPoint(point.code(), point.districtCode(), "pointCode");
        }
        LocalDate today = clock.today();
        var recent = logs.list(new TonnageLogs.Filter(point.code(), null, today.minusDays(UsualWeight.DAYS - 1L), today, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
        UsualWeight u = UsualWeight.of(recent.stream().filter(l -> l.current().category() == category)
                .map(l -> l.current().weight().kilograms()).toList());
        return new Views.UsualWeightView(u.days(), u.weighings(), u.medianKg(), u.largestKg(), u.askAboveKg());
    }

    /** One row of an import: its line in the file and the weighing it carries. */
    public record ImportRow(long line, NewTonnageLog log) {
    }

    /**
     * One chunk of an import, in the caller's transaction, through the same pipeline as a single
     * weighing in batched mode: points, earlier keys and locks read once for the chunk. A row whose key
     * is stored already (by an earlier chunk, or earlier in this one) with the same content counts as
     * already stored, with other content it is refused, so the outcome never depends on the chunk size.
     */
    public RecordImport.Outcome importChunk(List<ImportRow> rows, Actor actor, String source) {
        return recording.importChunk(kind, rows, ImportRow::line, row -> TonnageDraft.of(row.log(), clock), actor, source);
    }
}

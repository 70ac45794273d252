package net.wastenet.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.points.api.TonnageCorrected;
import net.wastenet.points.api.TonnageImported;
import net.wastenet.points.api.TonnageLogged;
import net.wastenet.points.application.Views.TonnageLogView;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.points.domain.TonnageEntry;
import net.wastenet.points.domain.TonnageLog;
import net.wastenet.points.domain.TonnageLogs;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.FieldError;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.RecordImport.Rejection;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;

/**
 * Station staff's use cases on the tonnage log: log a weighing, correct it, read it back, import
 * many. Each public method is one transaction; events are fired inside it so that readers in other
 * modules change with the record or not at all.
 */
@ApplicationScoped
@Transactional
public class TonnageLogging {
    private static final Text LOG = Text.of("tonnage record", "称重记录");

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    CollectionPoints points;
    @Inject
    TonnageLogs logs;
    @Inject
    CityClock clock;
    @Inject
    PeriodLocks locks;
    @Inject
    Event<TonnageLogged> logged;
    @Inject
    Event<TonnageCorrected> corrected;
    @Inject
    Event<TonnageImported> imported;

    /** The answer to a create: the record, and whether this call stored it (false: a retry of an earlier call). */
    public record Logged(TonnageLogView log, boolean created) {
    }

    /** A weighing checked for form: what the rules of the point are then applied to. */
    record Checked(String pointCode, TonnageEntry entry, LocalDateTime weighedAt, String clientKey, String hash) {
    }

    public Logged log(NewTonnageLog cmd, Actor actor) {
        Checked c = check(cmd);
        if (c.clientKey() != null) {
            var earlier = logs.findByClientKey(c.clientKey());
            if (earlier.isPresent()) {
                actor.requireWriteAtPoint(earlier.get().pointCode(), "pointCode");
                return new Logged(Views.of(sameRequestOrConflict(earlier.get(), c), true), false);
            }
        }
        CollectionPoint point = points.find(c.pointCode())
                .orElseThrow(() -> new UnknownCodeException("pointCode", ReferenceData.POINT, c.pointCode()));
        actor.requireWriteAtPoint(point.code(), "pointCode");
        TonnageLog log = store(point, c, actor.name(), false);
        logs.flush();
        TonnageLogView view = Views.of(log, true);
        audit.fire(AuditRecord.created("tonnage-log", log.id(), actor, view));
        return new Logged(view, true);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    /**
     * Lists weighings within what the actor may read: the bureau and administrators everything,
     * district officers their districts, station staff their points. Naming a point or district
     * outside that answers 403; naming none lists all that is theirs.
     */
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

    /** One row of an import: its line in the file and the weighing it carries. */
    public record ImportRow(long line, NewTonnageLog log) {
    }

    /** What the audit trail keeps of an import chunk: the weighings it created. */
    public record ImportedIds(List<Long> logIds) {
    }

    /**
     * Stores the valid rows of one chunk of an import in one transaction and reports each refused
     * row. Points and earlier client keys are loaded once per chunk, not once per row. A row whose
     * key is already stored with the same content counts as already stored, so that importing a
     * file twice stores nothing new.
     */
    public RecordImport.Outcome importChunk(List<ImportRow> rows, Set<String> keysSeen, Actor actor) {
        List<Rejection> rejected = new ArrayList<>();
        List<Map.Entry<ImportRow, Checked>> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                checked.add(Map.entry(row, check(row.log())));
            } catch (InvalidInputException e) {
                e.errors().forEach(err -> rejected.add(new Rejection(row.line(), err.field(), err.message())));
            }
        }
        Map<String, CollectionPoint> pointsByCode = points.findAll(
                checked.stream().map(e -> e.getValue().pointCode()).collect(java.util.stream.Collectors.toSet()));
        Map<String, TonnageLog> earlier = logs.findByClientKeys(
                checked.stream().map(e -> e.getValue().clientKey()).collect(java.util.stream.Collectors.toSet()));
        int accepted = 0;
        int alreadyStored = 0;
        Set<String> keysInChunk = new HashSet<>();
        Set<TonnageImported.PointDay> pointDays = new HashSet<>();
        List<Long> createdIds = new ArrayList<>();
        // the locks of every district and day of the chunk, in one question
        PeriodLocks.LockedDays lockedDays = locks.lockedBetween(
                pointsByCode.values().stream().map(CollectionPoint::districtCode).collect(java.util.stream.Collectors.toSet()),
                checked.stream().map(e -> e.getValue().weighedAt().toLocalDate()).min(LocalDate::compareTo).orElse(LocalDate.MIN),
                checked.stream().map(e -> e.getValue().weighedAt().toLocalDate()).max(LocalDate::compareTo).orElse(LocalDate.MIN));
        for (var e : checked) {
            long line = e.getKey().line();
            Checked c = e.getValue();
            TonnageLog before = earlier.get(c.clientKey());
            if (before != null) {
                if (before.isSameRequest(c.hash())) {
                    alreadyStored++;
                } else {
                    rejected.add(new Rejection(line, "clientKey", ConflictException.clientKeyReused(c.clientKey()).text()));
                }
                continue;
            }
            if (keysSeen.contains(c.clientKey()) || !keysInChunk.add(c.clientKey())) {
                rejected.add(new Rejection(line, "clientKey", Text.of(
                        "repeats the client key of an earlier row of this file", "与本文件前面某行的客户端键重复")));
                continue;
            }
            CollectionPoint point = pointsByCode.get(c.pointCode());
            if (point == null) {
                rejected.add(new Rejection(line, "pointCode", Text.of(
                        "no collection point has the code '" + c.pointCode() + "'", "没有代码为“" + c.pointCode() + "”的投放点")));
                continue;
            }
            if (!actor.mayWriteAtPoint(point.code())) {
                rejected.add(new Rejection(line, "pointCode", Text.of("point " + point.code() + " is not one of yours",
                        "投放点 " + point.code() + " 不在您的权限范围内")));
                continue;
            }
            try {
                LocalDate day = c.weighedAt().toLocalDate();
                Optional<String> locked = lockedDays.lockedPeriod(point.districtCode(), day);
                if (locked.isPresent()) {
                    throw PeriodLocks.refusal(point.districtCode(), locked.get(), day, "weighedAt");
                }
                TonnageLog log = store(point, c, actor.name(), true);
                createdIds.add(log.id());
                pointDays.add(new TonnageImported.PointDay(log.pointCode(), log.districtCode(), log.weighedOn()));
                accepted++;
            } catch (InvalidInputException ex) {
                for (FieldError err : ex.errors()) {
                    rejected.add(new Rejection(line, err.field(), err.message()));
                }
            } catch (ConflictException ex) {
                rejected.add(new Rejection(line, ex.field(), ex.text()));
            }
        }
        keysSeen.addAll(keysInChunk);
        logs.flush();
        if (!pointDays.isEmpty()) {
            imported.fire(new TonnageImported(pointDays));
            audit.fire(AuditRecord.created("tonnage-import", "lines " + rows.get(0).line() + "-" + rows.get(rows.size() - 1).line(),
                    actor, new ImportedIds(createdIds)));
        }
        return new RecordImport.Outcome(accepted, alreadyStored, rejected);
    }

    /** Stores a weighing; a single one asks the period lock here, an import chunk has asked it once for all its districts and days. */
    private TonnageLog store(CollectionPoint point, Checked c, String who, boolean imported) {
        if (!imported) {
            locks.requireOpen(c.weighedAt().toLocalDate(), "weighedAt", point.districtCode());
        }
        TonnageLog log = TonnageLog.record(point, c.entry(), c.weighedAt(), c.clientKey(), c.hash(), clock.now(), who);
        logs.add(log);
        TonnageEntry e = log.current();
        logged.fire(new TonnageLogged(log.id(), log.pointCode(), log.districtCode(), log.weighedOn(), e.category(),
                e.material(), e.weight().kilograms(), imported));
        return log;
    }

    /** Checks a weighing's form (every field, all problems at once) before any point rule. */
    Checked check(NewTonnageLog cmd) {
        Problems p = new Problems();
        Codes.check(cmd.pointCode(), "pointCode", p);
        WasteCategory category = Parse.enumValue(WasteCategory.class, cmd.category(), "category", true, p);
        Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
        TonnageEntry.checkMaterial(category, material, "material", p);
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        OffsetDateTime at = Parse.dateTime(cmd.weighedAt(), "weighedAt", true, p);
        LocalDateTime weighedAt = at == null ? null : CityClock.toCity(at);
        if (weighedAt != null) {
            p.require(!weighedAt.isAfter(clock.latestAcceptable()), "weighedAt",
                    "is in the future (the server's time is " + CityClock.toOffset(clock.now()).withNano(0) + ")",
                    "晚于当前时间（服务器时间 " + CityClock.toOffset(clock.now()).withNano(0) + "）");
        }
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        BigDecimal kg = weight.kilograms().stripTrailingZeros();
        String hash = Fingerprint.of(cmd.pointCode(), category, material, kg.toPlainString(), weighedAt);
        return new Checked(cmd.pointCode(), new TonnageEntry(category, material, weight), weighedAt, cmd.clientKey(), hash);
    }

    private static TonnageLog sameRequestOrConflict(TonnageLog earlier, Checked c) {
        if (!earlier.isSameRequest(c.hash())) {
            throw ConflictException.clientKeyReused(c.clientKey());
        }
        return earlier;
    }
}

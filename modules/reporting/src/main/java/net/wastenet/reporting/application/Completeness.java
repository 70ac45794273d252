package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointActivity;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.api.OverdueRectifications;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * What is missing for a period: the active points that logged nothing on some of their active days,
 * the facilities with days without any record, the district's monthly returns that are late, and the
 * communities' rectifications overdue on the period's last day so far (quality's api).
 * Read from reporting's own facts (never the raw logs) and the modules' directories.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Completeness {
    @Inject
    ReadModel model;
    @Inject
    PointDirectory points;
    @Inject
    FacilityDirectory facilities;
    @Inject
    ReturnDesk returns;
    @Inject
    CityClock clock;
    @Inject
    OverdueRectifications rectifications;

    public record MissingPoint(String pointCode, String name, String kind, int activeDays, int daysLogged, List<LocalDate> daysWithoutEntries) {
    }

    public record SilentFacility(String facilityCode, String name, String kind, int daysInService, boolean reportedNothing,
                                 List<LocalDate> daysWithoutRecords) {
    }

    /**
     * A community's rectification overdue on {@code asOf}: past its due date, not completed by then, not closed by a
     * re-inspection ({@code status} OPEN, or COMPLETED too late).
     */
    public record OverdueRectification(long rectificationId, String communityCode, LocalDate openedOn, LocalDate dueDate, String status,
                                       LocalDate asOf, long daysOverdue) {
    }

    /**
     * {@code points}: one page of the points with days without entries ({@code missingPoints} of them in all),
     * fewest days logged first, then by code.
     */
    public record Board(String districtCode, LocalDate from, LocalDate to, int activePoints, int completePoints, int missingPoints,
                       List<MissingPoint> points, List<SilentFacility> facilities, List<ReturnDesk.ReturnView> lateReturns,
                       List<OverdueRectification> overdueRectifications) {
    }

    /** Every point with missing days at once (the export). */
    public Board board(String districtCode, DateRange period, Actor actor) {
        return board(districtCode, period, null, actor);
    }

    /**
     * The board with one page of its points ({@code page} null: all). Which points miss days is decided from
     * a count of logged days per point (a row a point, from the point-day sums); the days themselves are read
     * for the page's points only, and for points not active on every day of the period (whose count alone
     * cannot tell: a day logged while inactive does not make up for an active day without entries).
     */
    public Board board(String districtCode, DateRange period, PageRequest page, Actor actor) {
        Problems p = new Problems();
        Codes.checkDistrict(districtCode, "districtCode", p);
        p.throwIfAny();
        if (period.days() > 92) {
            throw new InvalidInputException("to", Text.of("a completeness board covers at most 92 days", "完整性看板最长 92 天"));
        }
        DistrictSummary d = points.district(districtCode)
                .orElseThrow(() -> new UnknownCodeException("districtCode", Text.of("district", "区（市）县"), districtCode));
        actor.requireReadDistrict(d.code(), "districtCode");
        LocalDate to = period.to().isBefore(clock.today()) ? period.to() : clock.today().minusDays(1);
        DateRange past = new DateRange(period.from(), to.isBefore(period.from()) ? period.from() : to);
        boolean anyPast = !to.isBefore(period.from());

        List<PointActivity> activity = anyPast ? points.activity(d.code(), past) : List.of();
        Map<String, Integer> counted = anyPast ? model.daysLoggedCountByPoint(d.code(), past.from(), past.to()) : Map.of();
        List<String> partlyActive = activity.stream().filter(a -> !a.activeDays().isEmpty() && a.activeDays().size() < past.days())
                .map(PointActivity::code).toList();
        Map<String, Set<LocalDate>> partlyLogged = model.daysLoggedByPoint(partlyActive, past.from(), past.to());
        int active = 0;
        List<PointActivity> missing = new ArrayList<>();
        Map<String, Integer> daysLogged = new HashMap<>();
        for (PointActivity a : activity) {
            if (a.activeDays().isEmpty()) {
                continue;
            }
            active++;
            int logged = a.activeDays().size() < past.days()
                    ? (int) a.activeDays().stream().filter(partlyLogged.getOrDefault(a.code(), Set.of())::contains).count()
                    : counted.getOrDefault(a.code(), 0);
            if (logged < a.activeDays().size()) {
                missing.add(a);
                daysLogged.put(a.code(), logged);
            }
        }
        missing.sort(Comparator.<PointActivity>comparingInt(a -> daysLogged.get(a.code())).thenComparing(PointActivity::code));
        List<PointActivity> shown = page == null ? missing
                : missing.subList(Math.min(missing.size(), page.offset()), Math.min(missing.size(), page.offset() + page.size()));
        Map<String, Set<LocalDate>> days = model.daysLoggedByPoint(shown.stream().map(PointActivity::code).toList(), past.from(), past.to());
        List<MissingPoint> listed = shown.stream().map(a -> {
            Set<LocalDate> loggedDays = days.getOrDefault(a.code(), Set.of());
            List<LocalDate> without = a.activeDays().stream().filter(day -> !loggedDays.contains(day)).toList();
            return new MissingPoint(a.code(), a.name(), a.kind(), a.activeDays().size(), a.activeDays().size() - without.size(), without);
        }).toList();

        List<FacilitySummary> districtFacilities = anyPast ? facilities.facilities(d.code()) : List.of();
        Map<String, Set<LocalDate>> recorded = model.daysWithRecordsByFacility(districtFacilities.stream().map(FacilitySummary::code).toList(),
                past.from(), past.to());
        List<SilentFacility> silent = new ArrayList<>();
        for (FacilitySummary f : districtFacilities) {
            Set<LocalDate> fdays = recorded.getOrDefault(f.code(), Set.of());
            List<LocalDate> inService = past.from().datesUntil(past.to().plusDays(1)).filter(day -> !day.isBefore(f.activeFrom())).toList();
            List<LocalDate> without = inService.stream().filter(day -> !fdays.contains(day)).toList();
            if (!without.isEmpty()) {
                silent.add(new SilentFacility(f.code(), f.name(), f.kind().name(), inService.size(), without.size() == inService.size(), without));
            }
        }

        List<ReturnDesk.ReturnView> late = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            var r = returns.one(d.code(), m.toString(), actor);
            if (r.late()) {
                late.add(r);
            }
        }
        // overdue on the period's last day, or today while the period runs (a rectification due yesterday is overdue today)
        LocalDate asOf = period.to().isBefore(clock.today()) ? period.to() : clock.today();
        List<OverdueRectification> overdue = asOf.isBefore(period.from()) ? List.of()
                : rectifications.overdueOn(d.code(), asOf).stream().map(r -> new OverdueRectification(r.rectificationId(), r.communityCode(),
                        r.openedOn(), r.dueDate(), r.status(), asOf, java.time.temporal.ChronoUnit.DAYS.between(r.dueDate(), asOf))).toList();
        return new Board(d.code(), period.from(), period.to(), active, active - missing.size(), missing.size(), listed, silent, late,
                overdue);
    }
}

package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointActivity;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * What is missing for a period: the active points that logged nothing on some of their active days,
 * the facilities with days without any record, and the district's monthly returns that are late.
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

    public record MissingPoint(String pointCode, String name, String kind, int activeDays, int daysLogged, List<LocalDate> daysWithoutEntries) {
    }

    public record SilentFacility(String facilityCode, String name, String kind, int daysInService, boolean reportedNothing,
                                 List<LocalDate> daysWithoutRecords) {
    }

    public record Board(String districtCode, LocalDate from, LocalDate to, int activePoints, int completePoints,
                       List<MissingPoint> points, List<SilentFacility> facilities, List<ReturnDesk.ReturnView> lateReturns) {
    }

    public Board board(String districtCode, DateRange period, Actor actor) {
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

        Map<String, Set<LocalDate>> logged = model.daysLoggedByPoint(d.code(), past.from(), past.to());
        List<MissingPoint> missing = new ArrayList<>();
        int active = 0;
        for (PointActivity a : anyPast ? points.activity(d.code(), past) : List.<PointActivity>of()) {
            if (a.activeDays().isEmpty()) {
                continue;
            }
            active++;
            Set<LocalDate> days = logged.getOrDefault(a.code(), Set.of());
            List<LocalDate> without = a.activeDays().stream().filter(day -> !days.contains(day)).toList();
            if (!without.isEmpty()) {
                missing.add(new MissingPoint(a.code(), a.name(), a.kind(), a.activeDays().size(), a.activeDays().size() - without.size(), without));
            }
        }

        Map<String, Set<LocalDate>> recorded = model.daysWithRecordsByFacility(past.from(), past.to());
        List<SilentFacility> silent = new ArrayList<>();
        for (FacilitySummary f : anyPast ? facilities.facilities(d.code()) : List.<FacilitySummary>of()) {
            Set<LocalDate> days = recorded.getOrDefault(f.code(), Set.of());
            List<LocalDate> inService = past.from().datesUntil(past.to().plusDays(1)).filter(day -> !day.isBefore(f.activeFrom())).toList();
            List<LocalDate> without = inService.stream().filter(day -> !days.contains(day)).toList();
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
        return new Board(d.code(), period.from(), period.to(), active, active - missing.size(), missing, silent, late);
    }
}

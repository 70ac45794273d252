package net.wastenet.reporting.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.reporting.application.ReturnDesk;
import net.wastenet.reporting.application.ReturnDesk.Transition;
import net.wastenet.reporting.application.WarningDesk;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Languages;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Role;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.DemoCalendar;

/**
 * The returns of the demo months, so that the bureau's board shows every status: the first month
 * approved everywhere and locked for two outer districts (大邑, 蒲江), the second submitted or approved
 * by about half the districts, the last month submitted on time by a few. Jinjiang's returns stay
 * drafts with their warnings open, for the demo officer to work through. Warnings are confirmed with
 * a comment before a submission, as the rules require.
 */
@ApplicationScoped
public class ReportingDemo {
    private static final Logger LOG = Logger.getLogger(ReportingDemo.class.getName());
    static final Set<String> LOCKED_FIRST_MONTH = Set.of("510129", "510131");
    static final String DEMO_OFFICER_DISTRICT = "510104";

    @Inject
    ReturnDesk returns;
    @Inject
    WarningDesk warnings;
    @Inject
    net.wastenet.reporting.application.NotedPointDays notedPointDays;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;

    @Transactional
    public boolean isLoaded() {
        LocalDate first = DemoCalendar.firstDay(clock.today());
        return returns.list(YearMonth.from(first).toString(), Actor.system("demo")).stream().anyMatch(r -> !r.status().equals("DRAFT"));
    }

    public void load() {
        long started = System.nanoTime();
        // the demo's weighings went in as imports: their unusual days are judged now, before the returns
        notedPointDays.judgeAllInThisThread();
        YearMonth first = DemoCalendar.firstMonth(clock.today());
        List<DistrictSummary> districts = points.districts().stream().filter(d -> !d.code().equals(DEMO_OFFICER_DISTRICT)).toList();
        int i = 0;
        for (DistrictSummary d : districts) {
            i++;
            step(d.code(), first, 3, LOCKED_FIRST_MONTH.contains(d.code()) ? 3 : 2);
            if (i % 2 == 0) {
                step(d.code(), first.plusMonths(1), 4, i % 4 == 0 ? 2 : 1);
            }
            if (i % 5 == 0) {
                step(d.code(), first.plusMonths(2), 2, 1);
            }
        }
        LOG.info(String.format("demo data: returns of %d districts in %.1f s", districts.size(), (System.nanoTime() - started) / 1e9));
    }

    /** Confirms the district's warnings of the month, submits on the {@code submitDay} of the next month, then approves and locks up to {@code steps}. */
    void step(String district, YearMonth month, int submitDay, int steps) {
        Actor bureau = Actor.system("bureau-demo");
        Actor officer = new Actor("officer-" + district, EnumSet.of(Role.DISTRICT_OFFICER), Set.of(), Set.of(district), Set.of(), Set.of());
        DateRange range = new DateRange(month.atDay(1), month.atEndOfMonth());
        var due = month.plusMonths(1);
        for (var w : warnings.list(district, range, false, null, new PageRequest(0, PageRequest.MAX_SIZE), bureau, Languages.ZH).items()) {
            warnings.confirm(w.id(), "已核实，数据属实（演示） / checked, figures stand (demo)", officer, Languages.ZH);
        }
        String period = month.toString();
        var now = clock.now();
        List<String> actions = List.of("SUBMIT", "APPROVE", "LOCK");
        List<java.time.LocalDateTime> times = List.of(due.atDay(submitDay).atTime(10, 30), due.atDay(submitDay + 2).atTime(15, 0),
                due.atDay(submitDay + 3).atTime(9, 0));
        for (int s = 0; s < steps && !times.get(s).isAfter(now); s++) {
            returns.transition(district, period, new Transition(actions.get(s), null), s == 0 ? officer : bureau, times.get(s));
        }
    }
}

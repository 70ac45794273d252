package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.reporting.domain.WallFigures;
import net.wastenet.reporting.domain.WallFigures.CategoryDay;
import net.wastenet.reporting.domain.WallFigures.FlowLink;
import net.wastenet.reporting.domain.WallFigures.OpenWarning;
import net.wastenet.reporting.domain.WarningKind;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;
import net.wastenet.shared.WasteCategory;

/**
 * What the bureau's wall screen shows besides the indicators it reads from {@code GET /indicators/districts}:
 * today's weighings by category as they come in, the open alerts (warnings by kind, returns past due and not
 * submitted) and a month's flows from collection through transfer to disposal. Each is a few rows summed in
 * the database, whatever the size of the city.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WallBoard {
    /** How many complete months back the wall looks for returns past due. */
    static final int LATE_RETURN_MONTHS = 3;
    static final int NEWEST_WARNINGS = 8;

    @Inject
    WallFigures figures;
    @Inject
    ReturnDesk returns;
    @Inject
    CityClock clock;

    /** Today's weighings: every category, those without a weighing at zero. */
    public record Today(LocalDate day, BigDecimal totalKg, long weighings, List<CategoryDay> categories, LocalDateTime asOf) {
    }

    /** A month's flows: receipts into each kind of facility from each kind of source (new waste) or sending facility. */
    public record Flows(String month, LocalDate from, LocalDate to, BigDecimal totalKg, List<FlowLink> links, LocalDateTime asOf) {
    }

    /** A district's monthly return past its due date and not submitted. */
    public record LateReturn(String districtCode, String districtName, String districtNameEn, String period, LocalDate dueDate) {
    }

    public record Alerts(Map<String, Long> openWarnings, long openWarningsTotal, List<OpenWarning> newestWarnings,
                         List<LateReturn> lateReturns, LocalDateTime asOf) {
    }

    public Today today() {
        LocalDate day = clock.today();
        Map<String, CategoryDay> byCategory = new LinkedHashMap<>();
        for (WasteCategory c : WasteCategory.values()) {
            byCategory.put(c.name(), new CategoryDay(c.name(), BigDecimal.ZERO.setScale(3), 0));
        }
        figures.categoriesOn(day).forEach(c -> byCategory.put(c.category(), c));
        BigDecimal total = byCategory.values().stream().map(CategoryDay::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
        long weighings = byCategory.values().stream().mapToLong(CategoryDay::weighings).sum();
        return new Today(day, total, weighings, List.copyOf(byCategory.values()), clock.now());
    }

    /** {@code month}: {@code yyyy-MM}, this month when absent; a month after this one is refused. */
    public Flows flows(String month) {
        YearMonth m = month(month);
        LocalDate to = m.equals(YearMonth.from(clock.today())) ? clock.today() : m.atEndOfMonth();
        List<FlowLink> links = figures.flowsOfMonth(m.atDay(1));
        BigDecimal total = links.stream().filter(l -> !l.residue() && isNewWaste(l.from())).map(FlowLink::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Flows(m.toString(), m.atDay(1), to, total, links, clock.now());
    }

    public Alerts alerts(Actor actor) {
        Map<String, Long> open = new LinkedHashMap<>();
        for (WarningKind k : WarningKind.values()) {
            open.put(k.name(), 0L);
        }
        open.putAll(figures.openWarningsByKind());
        List<LateReturn> late = new ArrayList<>();
        YearMonth current = YearMonth.from(clock.today());
        for (int back = 1; back <= LATE_RETURN_MONTHS; back++) {
            returns.list(current.minusMonths(back).toString(), actor).stream()
                    .filter(r -> r.late() && r.submittedAt() == null && r.status().equals("DRAFT"))
                    .forEach(r -> late.add(new LateReturn(r.districtCode(), r.districtName(), r.districtNameEn(), r.period(), r.dueDate())));
        }
        return new Alerts(open, open.values().stream().mapToLong(Long::longValue).sum(), figures.newestOpenWarnings(NEWEST_WARNINGS),
                late, clock.now());
    }

    /** New waste enters from a point, a district's collection or a producer; everything else was sent on by a facility. */
    static boolean isNewWaste(String from) {
        return java.util.Arrays.stream(SourceKind.values()).anyMatch(k -> k.name().equals(from) && k.bringsNewWaste());
    }

    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(clock.today());
        }
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", Text.of("must be a month such as 2026-11", "须为月份，如 2026-11"));
        }
        if (m.isAfter(YearMonth.from(clock.today())) || m.getYear() < 1900) {
            throw new InvalidInputException("month", Text.of("must not be after this month", "不能晚于本月"));
        }
        return m;
    }
}

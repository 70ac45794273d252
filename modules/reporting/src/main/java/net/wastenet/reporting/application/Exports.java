package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.shared.Actor;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Languages;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;

/**
 * The tables the bureau and the districts download: the indicators of every scope, the district
 * ranking, the monthly trend, the completeness list and a return. Each is a {@link Table} with
 * headers in Chinese and English; the REST edge writes it as CSV or XLSX.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Exports {
    public static final List<String> TABLES = List.of("indicators", "ranking", "trend", "completeness", "return", "carbon-projects");

    @Inject
    IndicatorEngine engine;
    @Inject
    PointDirectory points;
    @Inject
    Completeness completeness;
    @Inject
    ReturnDesk returns;
    @Inject
    net.wastenet.recyclables.api.FacilityDirectory facilities;

    /** A table to write: a file name, a sheet title, localized headers, rows of plain values (String, Number, LocalDate, Boolean). */
    public record Table(String fileName, String title, List<String> headers, List<List<Object>> rows) {
    }

    private static final List<Text> INDICATOR_HEADERS = List.of(
            Text.of("Scope", "范围"), Text.of("Name", "名称"), Text.of("From", "开始日期"), Text.of("To", "结束日期"),
            Text.of("Coverage rate (%)", "覆盖率（%）"), Text.of("Covered communities", "已覆盖小区"), Text.of("Communities", "小区总数"),
            Text.of("Household coverage (%)", "户数覆盖率（%）"), Text.of("Recovery rate (%)", "回收利用率（%）"),
            Text.of("Resource utilisation (%)", "资源化利用率（%）"), Text.of("Harmless treatment (%)", "无害化处理率（%）"),
            Text.of("Standard communities", "达标小区"), Text.of("Inspected communities", "已检查小区"),
            Text.of("Communities in quality scope", "达标考核小区总数"), Text.of("Standard community rate (%)", "达标小区比例（%）"),
            Text.of("R recovered (kg)", "R 可回收物回收量（千克）"), Text.of("I incinerated (kg)", "I 焚烧量（千克）"),
            Text.of("K kitchen waste treated (kg)", "K 厨余处理量（千克）"), Text.of("L landfilled (kg)", "L 填埋量（千克）"),
            Text.of("C collected (kg)", "C 清运量（千克）"), Text.of("Definition set", "口径版本"), Text.of("Signed version", "签发版本"));

    public Table table(String name, String scope, DateRange period, String returnPeriod, String districtCode, Actor actor, Locale locale) {
        if (!actor.readsEverything() && !actor.has(Role.DISTRICT_OFFICER)) {
            throw new NotYoursException(null, Text.of("exports are for district officers and the bureau", "导出仅供区（市）县管理人员和市局使用"));
        }
        return switch (name == null ? "" : name) {
            case "indicators" -> indicators(period, actor, locale);
            case "ranking" -> ranking(period, actor, locale);
            case "trend" -> trend(scope, period, actor, locale);
            case "completeness" -> completeness(districtCode, period, actor, locale);
            case "return" -> returnTable(districtCode, returnPeriod, actor, locale);
            case "carbon-projects" -> carbonProjects(period, actor, locale);
            default -> throw new InvalidInputException("table", Text.of("must be one of " + String.join(", ", TABLES),
                    "必须是以下之一：" + String.join(", ", TABLES)));
        };
    }

    private Table indicators(DateRange period, Actor actor, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        if (actor.readsEverything()) {
            rows.add(indicatorRow(engine.indicators(IndicatorEngine.CITY, period, actor), zh(locale) ? "成都市" : "Chengdu"));
        }
        for (DistrictSummary d : readable(actor)) {
            rows.add(indicatorRow(engine.indicators(d.code(), period, actor), name(d, locale)));
        }
        return new Table("indicators-" + period.from() + "-" + period.to(), zh(locale) ? "指标" : "Indicators", headers(INDICATOR_HEADERS, locale), rows);
    }

    private static final List<Text> CARBON_HEADERS = List.of(
            Text.of("Month", "月份"), Text.of("Facility code", "设施编码"), Text.of("Facility", "设施名称"), Text.of("District", "所在区（市）县"),
            Text.of("Route", "处理方式"), Text.of("Material", "细类"), Text.of("Tonnes", "处理量（吨）"),
            Text.of("Factor (t CO2e/t)", "项目排放因子（吨二氧化碳当量/吨）"), Text.of("Baseline factor (t CO2e/t)", "基准线排放因子（填埋，吨二氧化碳当量/吨）"),
            Text.of("Avoided (t CO2e)", "减排量（吨二氧化碳当量）"), Text.of("Factor set", "排放因子集"), Text.of("Method", "方法学"));

    /**
     * Each facility's avoided emissions a month, ready to register as projects (碳惠天府): one row a facility, route and
     * month, a recycling processor's split by material (each at the set's factor for it, the RECYCLING factor for a
     * material the set gives none for), a month a new set starts within split at that day; tonnes to the kilogram, the
     * factor and the landfill baseline used, tonnes of CO₂e to three places ({@code tonnes × (baseline − factor)}), the
     * factor set and the method named in each row.
     */
    private Table carbonProjects(DateRange period, Actor actor, Locale locale) {
        var facilities = this.facilities.facilities(null).stream()
                .collect(java.util.stream.Collectors.toMap(net.wastenet.recyclables.api.FacilitySummary::code, f -> f));
        String method = zh(locale) ? "基准线减项目排放（基准线：填埋）" : "baseline minus project (baseline: landfill)";
        List<List<Object>> rows = new ArrayList<>();
        for (var row : engine.carbonByFacility(period, actor)) {
            var f = facilities.get(row.facilityCode());
            rows.add(row(row.month().toString(), row.facilityCode(), f == null ? "" : f.name(), f == null ? "" : f.districtCode(),
                    row.route(), row.material() == null ? "" : row.material(), row.weightKg().movePointLeft(3), row.factor(), row.baseline(),
                    row.tCo2e(), row.factorSet(), method));
        }
        return new Table("carbon-projects-" + period.from() + "-" + period.to(), zh(locale) ? "减排项目" : "Carbon projects",
                headers(CARBON_HEADERS, locale), rows);
    }

    private Table ranking(DateRange period, Actor actor, Locale locale) {
        record Ranked(DistrictSummary d, IndicatorAnswer a) {
        }
        List<Ranked> ranked = new ArrayList<>(readable(actor).stream().map(d -> new Ranked(d, engine.indicators(d.code(), period, actor))).toList());
        ranked.sort(Comparator.comparing((Ranked r) -> r.a().resourceUtilisation().rate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.d().code()));
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (Ranked r : ranked) {
            var res = r.a().resourceUtilisation();
            rows.add(row(++rank, r.d().code(), name(r.d(), locale), res.rate(), res.rate() == null ? null : res.rate().subtract(res.target()),
                    r.a().recoveryRate().rate(), r.a().coverage().rate(), r.a().coverage().rate() == null ? null
                            : r.a().coverage().rate().subtract(r.a().coverage().target()),
                    r.a().standardCommunities() == null ? null : r.a().standardCommunities().rate()));
        }
        return new Table("ranking-" + period.from() + "-" + period.to(), zh(locale) ? "区县排名" : "District ranking", headers(List.of(
                Text.of("Rank", "排名"), Text.of("District", "区县代码"), Text.of("Name", "名称"), Text.of("Resource utilisation (%)", "资源化利用率（%）"),
                Text.of("Gap to target (points)", "与目标差距（百分点）"), Text.of("Recovery rate (%)", "回收利用率（%）"),
                Text.of("Coverage rate (%)", "覆盖率（%）"), Text.of("Coverage gap (points)", "覆盖率差距（百分点）"),
                Text.of("Standard community rate (%)", "达标小区比例（%）")), locale), rows);
    }

    private Table trend(String scope, DateRange period, Actor actor, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorAnswer a : engine.trend(scope == null ? IndicatorEngine.CITY : scope, period, "MONTH", actor)) {
            rows.add(indicatorRow(a, a.from().toString().substring(0, 7)));
        }
        return new Table("trend-" + (scope == null ? "CITY" : scope) + "-" + period.from() + "-" + period.to(),
                zh(locale) ? "月度趋势" : "Monthly trend", headers(INDICATOR_HEADERS, locale), rows);
    }

    private Table completeness(String districtCode, DateRange period, Actor actor, Locale locale) {
        var board = completeness.board(districtCode, period, actor);
        List<List<Object>> rows = new ArrayList<>();
        for (var p : board.points()) {
            for (var day : p.daysWithoutEntries()) {
                rows.add(row(zh(locale) ? "投放点" : "point", p.pointCode(), p.name(), day));
            }
        }
        for (var f : board.facilities()) {
            for (var day : f.daysWithoutRecords()) {
                rows.add(row(zh(locale) ? "设施" : "facility", f.facilityCode(), f.name(), day));
            }
        }
        for (var r : board.lateReturns()) {
            rows.add(row(zh(locale) ? "逾期报表" : "late return", r.districtCode(), r.period(), r.dueDate()));
        }
        for (var r : board.overdueRectifications()) {
            rows.add(row(zh(locale) ? "逾期整改" : "overdue rectification", r.communityCode(),
                    (zh(locale) ? "整改 " : "rectification ") + r.rectificationId(), r.dueDate()));
        }
        return new Table("completeness-" + districtCode + "-" + period.from() + "-" + period.to(), zh(locale) ? "数据完整性" : "Completeness",
                headers(List.of(Text.of("What", "类型"), Text.of("Code", "代码"), Text.of("Name", "名称"), Text.of("Day without records / due date", "缺报日期／截止日期")), locale),
                rows);
    }

    private Table returnTable(String districtCode, String period, Actor actor, Locale locale) {
        var r = returns.one(districtCode, period, actor);
        IndicatorAnswer a = r.signed() != null ? r.signed().figures()
                : engine.indicators(districtCode, new DateRange(r.from(), r.to()), actor);
        boolean zh = zh(locale);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(zh ? "区县" : "District", r.districtCode() + " " + (zh ? r.districtName() : r.districtNameEn())));
        rows.add(row(zh ? "报表期" : "Period", r.period()));
        rows.add(row(zh ? "状态" : "Status", r.status()));
        rows.add(row(zh ? "截止日期" : "Due date", r.dueDate()));
        rows.add(row(zh ? "是否逾期" : "Late", r.late()));
        rows.add(row(zh ? "未确认预警" : "Unconfirmed warnings", r.openWarnings()));
        rows.add(row(zh ? "签发版本" : "Signed version", r.signed() == null ? null : r.signed().version()));
        rows.add(row(zh ? "覆盖率（%）" : "Coverage rate (%)", a.coverage().rate()));
        rows.add(row(zh ? "户数覆盖率（%）" : "Household coverage (%)", a.coverage().householdRate()));
        rows.add(row(zh ? "回收利用率（%）" : "Recovery rate (%)", a.recoveryRate().rate()));
        rows.add(row(zh ? "资源化利用率（%）" : "Resource utilisation (%)", a.resourceUtilisation().rate()));
        rows.add(row(zh ? "无害化处理率（%）" : "Harmless treatment (%)", a.harmlessTreatment().rate()));
        var sc = a.standardCommunities();
        rows.add(row(zh ? "达标小区" : "Standard communities", sc == null ? null : sc.count()));
        rows.add(row(zh ? "已检查小区" : "Inspected communities", sc == null ? null : sc.inspected()));
        rows.add(row(zh ? "达标考核小区总数" : "Communities in quality scope", sc == null ? null : sc.communities()));
        rows.add(row(zh ? "达标小区比例（%）" : "Standard community rate (%)", sc == null ? null : sc.rate()));
        var c = a.resourceUtilisation().components();
        rows.add(row(zh ? "R 可回收物回收量（千克）" : "R recovered (kg)", c.recoveredKg()));
        rows.add(row(zh ? "I 焚烧量（千克）" : "I incinerated (kg)", c.incineratedKg()));
        rows.add(row(zh ? "K 厨余处理量（千克）" : "K kitchen waste treated (kg)", c.kitchenTreatedKg()));
        rows.add(row(zh ? "L 填埋量（千克）" : "L landfilled (kg)", c.landfilledKg()));
        rows.add(row(zh ? "C 清运量（千克）" : "C collected (kg)", c.collectedKg()));
        rows.add(row(zh ? "口径版本" : "Definition set", a.resourceUtilisation().coefficients().set()));
        for (var t : r.history()) {
            rows.add(row(zh ? "流转" : "Transition", t.action() + " " + t.fromStatus() + "→" + t.toStatus() + " " + t.by() + " " + t.at()
                    + (t.reason() == null ? "" : " " + t.reason())));
        }
        return new Table("return-" + districtCode + "-" + period, zh ? "月报" : "Return",
                headers(List.of(Text.of("Item", "项目"), Text.of("Value", "数值")), locale), rows);
    }

    private List<Object> indicatorRow(IndicatorAnswer a, String name) {
        var c = a.resourceUtilisation().components();
        var sc = a.standardCommunities();
        return row(a.scope(), name, a.from(), a.to(), a.coverage().rate(), a.coverage().coveredCommunities(), a.coverage().communities(),
                a.coverage().householdRate(), a.recoveryRate().rate(), a.resourceUtilisation().rate(), a.harmlessTreatment().rate(),
                sc == null ? null : sc.count(), sc == null ? null : sc.inspected(), sc == null ? null : sc.communities(),
                sc == null ? null : sc.rate(), c.recoveredKg(), c.incineratedKg(), c.kitchenTreatedKg(), c.landfilledKg(), c.collectedKg(),
                a.resourceUtilisation().coefficients().set(), a.signed() == null ? null : a.signed().version());
    }

    private List<DistrictSummary> readable(Actor actor) {
        return points.districts().stream().filter(d -> actor.readsEverything() || actor.mayReadDistrict(d.code()))
                .sorted(Comparator.comparing(DistrictSummary::code)).toList();
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static List<String> headers(List<Text> texts, Locale locale) {
        return texts.stream().map(t -> t.in(locale)).toList();
    }

    private static boolean zh(Locale locale) {
        return Languages.ZH.getLanguage().equals(locale.getLanguage());
    }

    private static String name(DistrictSummary d, Locale locale) {
        return zh(locale) ? d.nameZh() : d.nameEn();
    }
}

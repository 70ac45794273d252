package net.wastenet.charges.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.wastenet.charges.application.Views.CommunityStatement;
import net.wastenet.charges.application.Views.CompensationLine;
import net.wastenet.charges.application.Views.CompensationView;
import net.wastenet.charges.application.Views.DistrictCharges;
import net.wastenet.charges.application.Views.Figures;
import net.wastenet.charges.application.Views.FrozenVersion;
import net.wastenet.charges.application.Views.PickupRecord;
import net.wastenet.charges.application.Views.ProducerStatement;
import net.wastenet.charges.domain.ChargeBook;
import net.wastenet.charges.domain.ChargeLine;
import net.wastenet.charges.domain.Compensation;
import net.wastenet.charges.domain.FrozenMonth;
import net.wastenet.charges.domain.MeteredCharge;
import net.wastenet.charges.domain.ProducerClass;
import net.wastenet.charges.domain.Tariff;
import net.wastenet.charges.domain.Yuan;
import net.wastenet.kitchen.api.ProducerPickups;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointWeighings;
import net.wastenet.recyclables.api.FacilityDirectory;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.FacilitySummary;
import net.wastenet.reporting.api.AttributedIntake;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;

/**
 * The statements and the compensation of a month, as an actor may read them: the bureau (and administrators) every
 * district, a district's officer their own. A district's month whose return is locked answers the figures its latest lock
 * froze ({@code frozen}, with the lock's {@code version}); earlier versions stay readable by {@code version}. Otherwise
 * the figures are computed now from the weighed records and the tariff and rate versions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChargeStatements {
    static final Jsonb JSON = JsonbBuilder.create();
    static final Text PRODUCER = Text.of("producer", "产生单位");
    static final Text COMMUNITY = Text.of("community", "小区");

    @Inject
    ChargeBook book;
    @Inject
    ProducerPickups producers;
    @Inject
    PointDirectory points;
    @Inject
    PointWeighings weighings;
    @Inject
    FacilityDirectory facilities;
    @Inject
    AttributedIntake attributed;
    @Inject
    PeriodLocks locks;

    /** A month given as {@code 2026-11} (400 naming {@code period}). */
    public static YearMonth month(String period) {
        if (period == null) {
            throw new InvalidInputException("period", Text.of("is required: a month, e.g. 2026-11", "为必填项：月份，例如 2026-11"));
        }
        try {
            if (period.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(period);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidInputException("period", Text.of("must be a month, e.g. 2026-11", "必须是月份，例如 2026-11"));
    }

    // ---- producers ----------------------------------------------------------------------------

    public ProducerStatement producer(String producerCode, String period, Integer version, Actor actor) {
        YearMonth m = month(period);
        requireCode(producerCode, "producerCode");
        ProducerPickups.Producer p = producers.producer(producerCode)
                .orElseThrow(() -> new UnknownCodeException("producerCode", PRODUCER, producerCode));
        actor.requireReadDistrict(p.districtCode(), "producerCode");
        Optional<Frozen> frozen = frozen(p.districtCode(), m, version);
        if (frozen.isPresent()) {
            return frozen.get().producer(p, m);
        }
        return live(List.of(p), m, book.tariffs()).get(0);
    }

    /** The statements of a district's producers, in code order, paged in the database. */
    public Page<ProducerStatement> producers(String districtCode, String period, PageRequest page, Actor actor) {
        YearMonth m = month(period);
        requireDistrict(districtCode, actor);
        Page<ProducerPickups.Producer> listed = producers.producers(districtCode, page);
        Optional<Frozen> frozen = frozen(districtCode, m, null);
        if (frozen.isPresent()) {
            return new Page<>(listed.items().stream().map(p -> frozen.get().producer(p, m)).toList(), listed.total());
        }
        return new Page<>(live(listed.items(), m, book.tariffs()), listed.total());
    }

    /** A producer's weighed pickups of the month: the records its statement charges. */
    public Page<PickupRecord> records(String producerCode, String period, PageRequest page, Actor actor) {
        YearMonth m = month(period);
        requireCode(producerCode, "producerCode");
        ProducerPickups.Producer p = producers.producer(producerCode)
                .orElseThrow(() -> new UnknownCodeException("producerCode", PRODUCER, producerCode));
        actor.requireReadDistrict(p.districtCode(), "producerCode");
        return producers.pickups(producerCode, m.atDay(1), m.atEndOfMonth(), page)
                .map(x -> new PickupRecord(x.manifestNo(), x.pickedUpAt().toLocalDate(), CityClock.toOffset(x.pickedUpAt()), x.weightKg()));
    }

    List<ProducerStatement> live(List<ProducerPickups.Producer> ps, YearMonth m, List<Tariff> tariffs) {
        List<LocalDate> parts = Tariff.partsOf(tariffs, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, m);
        Map<String, List<MeteredCharge.Weighing>> byProducer = new HashMap<>();
        producers.producerParts(ps.stream().map(ProducerPickups.Producer::code).toList(), null, parts, m.atEndOfMonth(),
                x -> byProducer.computeIfAbsent(x.producerCode(), k -> new ArrayList<>()).add(new MeteredCharge.Weighing(parts.get(x.part()),
                        x.weightKg())));
        return ps.stream().map(p -> statement(p, m, byProducer.getOrDefault(p.code(), List.of()), tariffs)).toList();
    }

    /** A producer's month from its kilograms per part of the month (a part's kilograms dated its first day: one tariff version prices them all). */
    static ProducerStatement statement(ProducerPickups.Producer p, YearMonth m, List<MeteredCharge.Weighing> weighings, List<Tariff> tariffs) {
        MeteredCharge.Statement s = MeteredCharge.Statement.of(MeteredCharge.perTonne(ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN,
                weighings, tariffs));
        return new ProducerStatement(p.code(), p.name(), p.districtCode(), m.toString(), s.lines(), s.totalYuan(), false, null);
    }

    // ---- communities --------------------------------------------------------------------------

    public CommunityStatement community(String communityCode, String period, Integer version, Actor actor) {
        YearMonth m = month(period);
        requireCode(communityCode, "communityCode");
        var c = points.community(communityCode).orElseThrow(() -> new UnknownCodeException("communityCode", COMMUNITY, communityCode));
        actor.requireReadDistrict(c.districtCode(), "communityCode");
        Optional<Frozen> frozen = frozen(c.districtCode(), m, version);
        if (frozen.isPresent()) {
            return frozen.get().community(c.code(), c.name(), c.districtCode(), c.households(), m);
        }
        List<CommunityServed> one = served(c.districtCode(), m).stream().filter(x -> x.code().equals(communityCode)).toList();
        if (one.isEmpty()) {
            return new CommunityStatement(c.code(), c.name(), c.districtCode(), m.toString(), c.households(), List.of(), Yuan.zero(), false, null);
        }
        List<Tariff> tariffs = book.tariffs();
        return statement(one.get(0), m, tariffs, weighed(PointWeighings.Communities.named(List.of(communityCode)), m, tariffs)
                .getOrDefault(communityCode, Map.of()));
    }

    /**
     * The records behind a community's lines of a category: its serving points' days of the month, each with the share
     * that counts for the community, in day and point order, paged in the database.
     */
    public Page<Views.CommunityRecord> communityRecords(String communityCode, String period, String category, PageRequest page, Actor actor) {
        YearMonth m = month(period);
        requireCode(communityCode, "communityCode");
        WasteCategory c = category(category);
        var community = points.community(communityCode).orElseThrow(() -> new UnknownCodeException("communityCode", COMMUNITY, communityCode));
        actor.requireReadDistrict(community.districtCode(), "communityCode");
        return weighings.communityDays(communityCode, c, m.atDay(1), m.atEndOfMonth(), page).map(d -> new Views.CommunityRecord(d.pointCode(),
                d.day(), d.pointWeightKg(), d.weighings(), d.households(), d.householdsServed(), d.weightKg()));
    }

    private static WasteCategory category(String category) {
        if (category == null || category.isBlank()) {
            throw new InvalidInputException("category", Text.of("is required: KITCHEN, RECYCLABLE, HAZARDOUS or RESIDUAL",
                    "为必填项：KITCHEN、RECYCLABLE、HAZARDOUS 或 RESIDUAL"));
        }
        for (WasteCategory c : WasteCategory.values()) {
            if (c.name().equals(category)) {
                return c;
            }
        }
        throw new InvalidInputException("category", Text.of("must be KITCHEN, RECYCLABLE, HAZARDOUS or RESIDUAL", "必须是 KITCHEN、RECYCLABLE、HAZARDOUS 或 RESIDUAL"));
    }

    /** The statements of a district's communities in service by the month's end, in code order. */
    public Page<CommunityStatement> communities(String districtCode, String period, PageRequest page, Actor actor) {
        YearMonth m = month(period);
        requireDistrict(districtCode, actor);
        List<CommunityServed> all = served(districtCode, m);
        List<CommunityServed> slice = all.stream().skip(page.offset()).limit(page.size()).toList();
        Optional<Frozen> frozen = frozen(districtCode, m, null);
        if (frozen.isPresent()) {
            return new Page<>(slice.stream().map(c -> frozen.get().community(c.code(), c.name(), c.districtCode(), c.households(), m)).toList(),
                    all.size());
        }
        List<Tariff> tariffs = book.tariffs();
        var weighed = slice.isEmpty() ? Map.<String, Map<WasteCategory, List<MeteredCharge.Weighing>>>of()
                : weighed(PointWeighings.Communities.named(slice.stream().map(CommunityServed::code).toList()), m, tariffs);
        return new Page<>(slice.stream().map(c -> statement(c, m, tariffs, weighed.getOrDefault(c.code(), Map.of()))).toList(), all.size());
    }

    private List<CommunityServed> served(String districtCode, YearMonth m) {
        List<CommunityServed> all = new ArrayList<>(points.communitiesServed(districtCode, new DateRange(m.atDay(1), m.atEndOfMonth())));
        all.sort(Comparator.comparing(CommunityServed::code));
        return all;
    }

    /**
     * A community's month: per category, its share of its points' weighings at the per-tonne residential tariffs (weighings on
     * days the category is charged per household, or not at all, make no line) and its households at the per-household ones.
     */
    static CommunityStatement statement(CommunityServed c, YearMonth m, List<Tariff> tariffs,
                                        Map<WasteCategory, List<MeteredCharge.Weighing>> weighed) {
        List<ChargeLine> lines = new ArrayList<>();
        for (WasteCategory category : WasteCategory.values()) {
            lines.addAll(byWeight(category, weighed.getOrDefault(category, List.of()), tariffs));
            lines.addAll(MeteredCharge.perHousehold(category, m, c.households(), c.activeFrom(), tariffs));
        }
        MeteredCharge.Statement s = MeteredCharge.Statement.of(lines);
        return new CommunityStatement(c.code(), c.name(), c.districtCode(), m.toString(), c.households(), s.lines(), s.totalYuan(), false, null);
    }

    /** A community's priced lines of a category's weighed kilograms (kilograms no per-tonne tariff covers are not billed to households). */
    private static List<ChargeLine> byWeight(WasteCategory category, List<MeteredCharge.Weighing> weighings, List<Tariff> tariffs) {
        return MeteredCharge.perTonne(ProducerClass.RESIDENTIAL, category, weighings, tariffs).stream().filter(l -> l.tariffCode() != null).toList();
    }

    /**
     * The month's weighings of communities by category, per part of the month (a part's kilograms dated its first day),
     * for the categories some per-tonne residential tariff charges that month: each serving point's day shared among all
     * the communities it serves in proportion to their households, rounded to the gram per point and day, in the database.
     */
    Map<String, Map<WasteCategory, List<MeteredCharge.Weighing>>> weighed(PointWeighings.Communities which, YearMonth m, List<Tariff> tariffs) {
        Map<String, Map<WasteCategory, List<MeteredCharge.Weighing>>> out = new HashMap<>();
        for (WasteCategory category : WasteCategory.values()) {
            if (!Tariff.chargedByWeight(tariffs, ProducerClass.RESIDENTIAL, category, m)) {
                continue;
            }
            List<LocalDate> parts = Tariff.partsOf(tariffs, ProducerClass.RESIDENTIAL, category, m);
            weighings.communityParts(which, category, parts, m.atEndOfMonth(), x -> out.computeIfAbsent(x.communityCode(),
                    k -> new java.util.EnumMap<>(WasteCategory.class)).computeIfAbsent(category, k -> new ArrayList<>())
                    .add(new MeteredCharge.Weighing(parts.get(x.part()), x.weightKg())));
        }
        return out;
    }

    // ---- districts ----------------------------------------------------------------------------

    /**
     * Each district's charges of the month (the bureau: every district; an officer: their own), or only {@code districtCode}'s
     * when it is given: one district is priced alone, not the city's every payer.
     */
    public List<DistrictCharges> districts(String period, String districtCode, Actor actor) {
        YearMonth m = month(period);
        if (districtCode != null) {
            requireDistrict(districtCode, actor);
        }
        List<String> codes = points.districts().stream().map(DistrictSummary::code).filter(actor::mayReadDistrict)
                .filter(d -> districtCode == null || d.equals(districtCode)).sorted().toList();
        if (codes.isEmpty()) {
            throw new NotYoursException("period", Text.of("only the bureau and district officers read charges", "只有市局和区（市）县管理人员可以查看收费"));
        }
        Map<String, FrozenMonth> latest = book.latestFrozen(codes, m.toString());
        List<Tariff> tariffs = book.tariffs();
        String only = codes.size() > 1 ? null : codes.get(0);
        Map<String, BigDecimal> nonResidential = new HashMap<>();
        Map<String, BigDecimal> residential = new HashMap<>();
        // producers: their parts of the month come producer by producer; each producer's statement is added to its district's
        if (Tariff.chargedByWeight(tariffs, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, m)) {
            List<LocalDate> parts = Tariff.partsOf(tariffs, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, m);
            Run run = new Run((district, weighings) -> nonResidential.merge(district, MeteredCharge.Statement.of(MeteredCharge.perTonne(
                    ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, weighings, tariffs)).totalYuan(), BigDecimal::add));
            producers.producerParts(null, only, parts, m.atEndOfMonth(),
                    x -> run.add(x.producerCode() + "/" + x.districtCode(), x.districtCode(), new MeteredCharge.Weighing(parts.get(x.part()), x.weightKg())));
            run.end();
        }
        // communities: per category charged by weight, their shares come community by community; per household from the directory
        PointWeighings.Communities which = only == null ? PointWeighings.Communities.ofCity() : PointWeighings.Communities.ofDistrict(only);
        for (WasteCategory category : WasteCategory.values()) {
            if (Tariff.chargedByWeight(tariffs, ProducerClass.RESIDENTIAL, category, m)) {
                List<LocalDate> parts = Tariff.partsOf(tariffs, ProducerClass.RESIDENTIAL, category, m);
                Run run = new Run((district, weighings) -> residential.merge(district, MeteredCharge.Statement.of(byWeight(category, weighings,
                        tariffs)).totalYuan(), BigDecimal::add));
                weighings.communityParts(which, category, parts, m.atEndOfMonth(),
                        x -> run.add(x.communityCode(), x.districtCode(), new MeteredCharge.Weighing(parts.get(x.part()), x.weightKg())));
                run.end();
            }
        }
        List<WasteCategory> perHousehold = java.util.Arrays.stream(WasteCategory.values())
                .filter(category -> Tariff.chargedByHousehold(tariffs, category, m)).toList();
        if (!perHousehold.isEmpty()) {
            for (CommunityServed c : points.communitiesServed(only, new DateRange(m.atDay(1), m.atEndOfMonth()))) {
                for (WasteCategory category : perHousehold) {
                    residential.merge(c.districtCode(), Yuan.sum(MeteredCharge.perHousehold(category, m, c.households(), c.activeFrom(), tariffs)
                            .stream().map(ChargeLine::amountYuan)), BigDecimal::add);
                }
            }
        }
        List<DistrictCharges> out = new ArrayList<>();
        for (String d : codes) {
            Optional<Frozen> frozen = isLocked(d, m) && latest.containsKey(d) ? Optional.of(Frozen.of(latest.get(d))) : Optional.empty();
            BigDecimal nonResidentialYuan;
            BigDecimal residentialYuan;
            if (frozen.isPresent()) {
                nonResidentialYuan = Yuan.sum(frozen.get().figures.producers().stream().map(ProducerStatement::totalYuan));
                residentialYuan = Yuan.sum(frozen.get().figures.communities().stream().map(CommunityStatement::totalYuan));
            } else {
                nonResidentialYuan = nonResidential.getOrDefault(d, Yuan.zero());
                residentialYuan = residential.getOrDefault(d, Yuan.zero());
            }
            out.add(new DistrictCharges(d, m.toString(), residentialYuan.add(nonResidentialYuan), residentialYuan, nonResidentialYuan,
                    frozen.isPresent(), frozen.map(f -> f.version).orElse(null)));
        }
        return out;
    }

    /**
     * The rows of one producer's or community's month arrive one after another (the database orders them): a run gathers
     * one payer's parts and hands them on when the next payer's start, so a city's month is priced one payer at a time.
     */
    private static final class Run {
        private final java.util.function.BiConsumer<String, List<MeteredCharge.Weighing>> priced;
        private String key;
        private String district;
        private final List<MeteredCharge.Weighing> weighings = new ArrayList<>();

        Run(java.util.function.BiConsumer<String, List<MeteredCharge.Weighing>> priced) {
            this.priced = priced;
        }

        void add(String payer, String districtCode, MeteredCharge.Weighing w) {
            if (!payer.equals(key)) {
                end();
                key = payer;
                district = districtCode;
            }
            weighings.add(w);
        }

        void end() {
            if (key != null) {
                priced.accept(district, List.copyOf(weighings));
            }
            weighings.clear();
            key = null;
        }
    }

    /** The columns of a district's statements as a file (CSV or XLSX). */
    static final List<String> STATEMENT_COLUMNS = List.of("kind", "code", "name", "districtCode", "period", "category", "tariffCode", "tier",
            "weightKg", "quotaKg", "households", "days", "priceYuan", "amountYuan", "frozen");

    /** A district's statements of a month as a table, producers then communities, a row per line (numbers as numbers). */
    public Views.StatementsTable table(String districtCode, String period, Actor actor) {
        YearMonth m = month(period);
        requireDistrict(districtCode, actor);
        Figures f = figuresOf(districtCode, m);
        List<List<Object>> rows = new ArrayList<>();
        for (ProducerStatement s : f.producers()) {
            for (ChargeLine l : s.lines()) {
                rows.add(row("producer", s.producerCode(), s.producerName(), s.districtCode(), s.period(), l, s.frozen()));
            }
        }
        for (CommunityStatement s : f.communities()) {
            for (ChargeLine l : s.lines()) {
                rows.add(row("community", s.communityCode(), s.communityName(), s.districtCode(), s.period(), l, s.frozen()));
            }
        }
        return new Views.StatementsTable("charges-" + districtCode + "-" + m, "charges " + districtCode + " " + m, STATEMENT_COLUMNS, rows);
    }

    private static List<Object> row(String kind, String code, String name, String district, String period, ChargeLine l, boolean frozen) {
        return java.util.Arrays.asList(kind, code, name, district, period, l.category(), l.tariffCode(), l.tier(), l.weightKg(), l.quotaKg(),
                l.households(), l.days(), l.priceYuan(), l.amountYuan(), frozen);
    }

    /** A district's statements of a month as they are answered now (frozen while locked): every producer with pickups, every community. */
    Figures figuresOf(String districtCode, YearMonth m) {
        Optional<Frozen> frozen = frozen(districtCode, m, null);
        if (frozen.isPresent()) {
            Frozen f = frozen.get();
            return new Figures(f.figures.producers().stream().map(s -> s.frozenAs(f.version)).toList(),
                    f.figures.communities().stream().map(s -> s.frozenAs(f.version)).toList(),
                    f.figures.compensation());
        }
        return figuresNow(districtCode, m);
    }

    /** A district's month computed now: its producers that had pickups, its communities, the compensation it pays. */
    Figures figuresNow(String districtCode, YearMonth m) {
        List<Tariff> tariffs = book.tariffs();
        List<LocalDate> parts = Tariff.partsOf(tariffs, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, m);
        Map<String, List<MeteredCharge.Weighing>> byProducer = new TreeMap<>();
        producers.producerParts(null, districtCode, parts, m.atEndOfMonth(), x -> byProducer.computeIfAbsent(x.producerCode(),
                k -> new ArrayList<>()).add(new MeteredCharge.Weighing(parts.get(x.part()), x.weightKg())));
        List<ProducerStatement> ps = new ArrayList<>();
        byProducer.forEach((code, weighed) -> {
            var p = producers.producer(code).orElse(new ProducerPickups.Producer(code, null, null, districtCode, null));
            ps.add(statement(p, m, weighed, tariffs));
        });
        List<CommunityServed> served = served(districtCode, m);
        var weighed = weighed(PointWeighings.Communities.ofDistrict(districtCode), m, tariffs);
        List<CommunityStatement> cs = served.stream().map(c -> statement(c, m, tariffs, weighed.getOrDefault(c.code(), Map.of()))).toList();
        List<CompensationLine> lines = liveCompensation(m).stream().filter(l -> l.payerDistrictCode().equals(districtCode))
                .map(l -> CompensationLine.of(l, m.toString(), false, null)).toList();
        return new Figures(ps, cs, lines);
    }

    // ---- compensation -------------------------------------------------------------------------

    /**
     * The month's compensation: each (payer, host, facility) line, its payer's lines frozen while the payer's return is
     * locked; each district's owed, received and net. An officer sees the lines their district pays or receives, and its balance.
     */
    public CompensationView compensation(String period, Actor actor) {
        YearMonth m = month(period);
        List<String> all = points.districts().stream().map(DistrictSummary::code).sorted().toList();
        List<String> visible = all.stream().filter(actor::mayReadDistrict).toList();
        if (visible.isEmpty()) {
            throw new NotYoursException("period", Text.of("only the bureau and district officers read compensation", "只有市局和区（市）县管理人员可以查看补偿"));
        }
        Map<String, FrozenMonth> latest = book.latestFrozen(all, m.toString());
        Map<String, Frozen> frozen = new HashMap<>();
        latest.forEach((d, f) -> {
            if (isLocked(d, m)) {
                frozen.put(d, Frozen.of(f));
            }
        });
        List<CompensationLine> lines = new ArrayList<>();
        frozen.values().forEach(f -> f.figures.compensation().forEach(l -> lines.add(new CompensationLine(l.payerDistrictCode(),
                l.hostDistrictCode(), l.facilityCode(), l.facilityKind(), l.weightKg(), l.yuanPerTonne(), l.amountYuan(), true, f.version,
                l.records()))));
        for (Compensation.Line l : liveCompensation(m)) {
            if (!frozen.containsKey(l.payerDistrictCode())) {
                lines.add(CompensationLine.of(l, m.toString(), false, null));
            }
        }
        lines.sort(Comparator.comparing(CompensationLine::payerDistrictCode).thenComparing(CompensationLine::hostDistrictCode)
                .thenComparing(CompensationLine::facilityCode));
        List<Compensation.DistrictBalance> balances = Compensation.balances(lines.stream().map(CompensationLine::line).toList(), all);
        return new CompensationView(m.toString(),
                lines.stream().filter(l -> actor.mayReadDistrict(l.payerDistrictCode()) || actor.mayReadDistrict(l.hostDistrictCode())).toList(),
                balances.stream().filter(b -> actor.mayReadDistrict(b.districtCode())).toList());
    }

    List<Compensation.Line> liveCompensation(YearMonth m) {
        List<Compensation.Intake> intake = new ArrayList<>();
        Map<String, Optional<FacilitySummary>> known = new HashMap<>();
        for (AttributedIntake.Attributed a : attributed.intake(m.atDay(1), m.atEndOfMonth())) {
            Optional<FacilitySummary> f = known.computeIfAbsent(a.facilityCode(), facilities::facility);
            f.ifPresent(x -> intake.add(new Compensation.Intake(a.districtCode(), a.facilityCode(), FacilityKind.valueOf(a.facilityKind()),
                    x.districtCode(), a.weightKg())));
        }
        return Compensation.lines(m, intake, book.rates());
    }

    /** Where a line's tonnes come from: the indicators' drill-down of the payer's scope for the plant's component, at the plant. */
    static String drillDown(Compensation.Line l, String period) {
        YearMonth m = YearMonth.parse(period);
        FacilityKind kind = FacilityKind.valueOf(l.facilityKind());
        String component = kind.countsIncinerated() ? "I" : kind.countsLandfilled() ? "L" : "C";
        return "/api/v1/indicators/components/" + component + "?scope=" + l.payerDistrictCode() + "&from=" + m.atDay(1) + "&to="
                + m.atEndOfMonth() + "&facilityCode=" + l.facilityCode();
    }

    // ---- versions -----------------------------------------------------------------------------

    /** Every lock's version of a district's month, oldest first. */
    public List<FrozenVersion> versions(String districtCode, String period, Actor actor) {
        YearMonth m = month(period);
        requireDistrict(districtCode, actor);
        return book.frozen(districtCode, m.toString()).stream().map(f -> {
            Figures figures = JSON.fromJson(f.figures(), Figures.class);
            BigDecimal charges = Yuan.sum(figures.producers().stream().map(ProducerStatement::totalYuan))
                    .add(Yuan.sum(figures.communities().stream().map(CommunityStatement::totalYuan)));
            return new FrozenVersion(f.districtCode(), f.month(), f.version(), f.returnPeriod(), CityClock.toOffset(f.lockedAt()), f.lockedBy(),
                    charges, Yuan.sum(figures.compensation().stream().map(CompensationLine::amountYuan)));
        }).toList();
    }

    // ---- frozen -------------------------------------------------------------------------------

    /** A lock's figures of a district's month. */
    record Frozen(int version, Figures figures) {
        static Frozen of(FrozenMonth f) {
            return new Frozen(f.version(), JSON.fromJson(f.figures(), Figures.class));
        }

        ProducerStatement producer(ProducerPickups.Producer p, YearMonth m) {
            return figures.producers().stream().filter(s -> s.producerCode().equals(p.code())).findFirst()
                    .orElse(new ProducerStatement(p.code(), p.name(), p.districtCode(), m.toString(), List.of(), Yuan.zero(), false, null))
                    .frozenAs(version);
        }

        CommunityStatement community(String code, String name, String district, int households, YearMonth m) {
            return figures.communities().stream().filter(s -> s.communityCode().equals(code)).findFirst()
                    .orElse(new CommunityStatement(code, name, district, m.toString(), households, List.of(), Yuan.zero(), false, null))
                    .frozenAs(version);
        }
    }

    /**
     * The figures to answer for a district's month: a version asked for (404 naming {@code version} if there is none), else
     * the latest lock's while the return is locked, else none (computed now).
     */
    Optional<Frozen> frozen(String districtCode, YearMonth m, Integer version) {
        if (version != null) {
            return Optional.of(book.frozen(districtCode, m.toString()).stream().filter(f -> f.version() == version).findFirst()
                    .map(Frozen::of).orElseThrow(() -> new UnknownCodeException("version", Text.of("locked version", "锁定版本"),
                            String.valueOf(version))));
        }
        if (!isLocked(districtCode, m)) {
            return Optional.empty();
        }
        List<FrozenMonth> versions = book.frozen(districtCode, m.toString());
        return versions.isEmpty() ? Optional.empty() : Optional.of(Frozen.of(versions.get(versions.size() - 1)));
    }

    private boolean isLocked(String districtCode, YearMonth m) {
        return locks.lockedPeriod(districtCode, m.atDay(1)).isPresent();
    }

    private void requireDistrict(String districtCode, Actor actor) {
        Problems p = new Problems();
        if (districtCode == null) {
            p.missing("districtCode");
        } else {
            Codes.checkDistrict(districtCode, "districtCode", p);
        }
        p.throwIfAny();
        if (points.district(districtCode).isEmpty()) {
            throw new UnknownCodeException("districtCode", Text.of("district", "区（市）县"), districtCode);
        }
        actor.requireReadDistrict(districtCode, "districtCode");
    }

    private static void requireCode(String code, String field) {
        Problems p = new Problems();
        if (code == null) {
            p.missing(field);
        } else {
            Codes.check(code, field, p);
        }
        p.throwIfAny();
    }

}

package net.wastenet.recyclables.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.application.Commands.CapacityChange;
import net.wastenet.recyclables.application.Commands.NewFacility;
import net.wastenet.recyclables.application.Commands.NewFacilityReceipt;
import net.wastenet.recyclables.application.Commands.NewOutput;
import net.wastenet.recyclables.application.Commands.NewStockReport;
import net.wastenet.recyclables.application.Commands.NewTransfer;
import net.wastenet.recyclables.application.FacilityRegistry;
import net.wastenet.recyclables.application.FlowRecording;
import net.wastenet.recyclables.application.FlowRecording.AtFacility;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Material;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.DemoCalendar;

/**
 * The facilities of the Chengdu demo and months of their flows, the same for the same seed and day:
 * the plant names the plan gives (万兴环保发电厂 with its second phase, 邛崃 and 简阳 kitchen-waste
 * plants, 天府水城静脉家园), plausible sorting centres, processors, a landfill and a hazardous-waste
 * facility; recyclables from every district's outlets to sorting centres, sorted material on to
 * processors, rejects to incineration, products sold, residues landfilled, and every district's
 * residual waste to the incineration plants in weighbridge loads. Everything goes through the
 * module's use cases, one transaction per day.
 */
@ApplicationScoped
public class RecyclablesDemo {
    private static final Logger LOG = Logger.getLogger(RecyclablesDemo.class.getName());
    static final Actor WHO = Actor.system("demo");

    /** code, name, kind, district, t/day, materials. */
    record Plant(String code, String name, String kind, String district, int tonnesPerDay, List<String> materials,
                 double lat, double lon) {
    }

    static final List<Plant> PLANTS = List.of(
            new Plant("WX-INC01", "万兴环保发电厂", "INCINERATION_PLANT", "510112", 2400, List.of(), 30.52, 104.36),
            new Plant("JJ-INC02", "九江环保发电厂", "INCINERATION_PLANT", "510116", 2400, List.of(), 30.62, 103.87),
            new Plant("XF-INC03", "祥福环保发电厂", "INCINERATION_PLANT", "510114", 2400, List.of(), 30.88, 104.20),
            new Plant("TF-INC04", "天府水城静脉家园（环保发电）", "INCINERATION_PLANT", "510118", 2400, List.of(), 30.38, 103.80),
            new Plant("CA-LF01", "长安垃圾填埋场", "LANDFILL", "510112", 2000, List.of(), 30.60, 104.30),
            new Plant("QL-KW01", "邛崃餐厨废弃物处置厂", "KITCHEN_WASTE_PLANT", "510183", 100, List.of(), 30.41, 103.47),
            new Plant("JY-KW02", "简阳市餐厨垃圾处置项目", "KITCHEN_WASTE_PLANT", "510185", 200, List.of(), 30.39, 104.55),
            new Plant("CA-KW03", "长安静脉产业园厨余垃圾处理厂", "KITCHEN_WASTE_PLANT", "510112", 1300, List.of(), 30.59, 104.31),
            new Plant("TF-KW04", "天府水城静脉家园厨余垃圾处理厂", "KITCHEN_WASTE_PLANT", "510118", 1200, List.of(), 30.37, 103.82),
            new Plant("CD-HW01", "成都危险废物处置中心", "HAZARDOUS_WASTE_FACILITY", "510113", 50, List.of(), 30.86, 104.27),
            new Plant("JJ-SC01", "锦江区再生资源分拣中心", "SORTING_CENTRE", "510104", 1200, List.of(), 30.62, 104.11),
            new Plant("JN-SC02", "金牛区再生资源分拣中心", "SORTING_CENTRE", "510106", 1200, List.of(), 30.71, 104.04),
            new Plant("SL-SC03", "双流区再生资源分拣中心", "SORTING_CENTRE", "510116", 1050, List.of(), 30.55, 103.94),
            new Plant("PD-SC04", "郫都区再生资源分拣中心", "SORTING_CENTRE", "510117", 1000, List.of(), 30.81, 103.89),
            new Plant("QBJ-PP01", "青白江废纸再生加工厂", "RECYCLING_PROCESSOR", "510113", 1300, List.of("PAPER"), 30.87, 104.24),
            new Plant("JT-PL02", "金堂塑料再生加工厂", "RECYCLING_PROCESSOR", "510121", 950, List.of("PLASTIC"), 30.86, 104.41),
            new Plant("XD-MT03", "新都金属与电子废弃物加工厂", "RECYCLING_PROCESSOR", "510114", 950, List.of("METAL", "E_WASTE"), 30.82, 104.15),
            new Plant("JY-GL04", "简阳玻璃再生加工厂", "RECYCLING_PROCESSOR", "510185", 520, List.of("GLASS"), 30.42, 104.53),
            new Plant("CZ-TX05", "崇州纺织与木材再生加工厂", "RECYCLING_PROCESSOR", "510184", 520, List.of("TEXTILE", "WOOD"), 30.63, 103.67));

    static final String[] CENTRES = {"JJ-SC01", "JN-SC02", "SL-SC03", "PD-SC04"};
    static final String[] INCINERATORS = {"WX-INC01", "JJ-INC02", "XF-INC03", "TF-INC04"};
    /** The household kitchen-waste plants, every other district to each. */
    static final String[] KITCHEN_PLANTS = {"CA-KW03", "TF-KW04"};
    /** The most one record holds (Weight.MAX_KG is 100 t): a day's flow above it goes in several loads. */
    static final double LOAD_KG = 90_000;

    /**
     * Calibration (docs/indicators.md, "The demo city"): a central district's day, in tonnes, before its
     * sorting factor: recyclables from its outlets, household kitchen waste collected separately, residual
     * waste; an outer district's. The factor (0.95 to 1.25 central, 0.6 to 1.0 outer, fixed per district by
     * the seed) makes districts differ as Chengdu's do; the city comes out near the 35 % recovery rate.
     */
    static final double CENTRAL_RECYCLABLES = 180, OUTER_RECYCLABLES = 80;
    static final double CENTRAL_KITCHEN = 100, OUTER_KITCHEN = 50;
    static final double CENTRAL_RESIDUAL = 460, OUTER_RESIDUAL = 190;
    static final Map<Material, String> PROCESSOR = new EnumMap<>(Map.of(
            Material.PAPER, "QBJ-PP01", Material.PLASTIC, "JT-PL02", Material.METAL, "XD-MT03", Material.E_WASTE, "XD-MT03",
            Material.GLASS, "JY-GL04", Material.TEXTILE, "CZ-TX05", Material.WOOD, "CZ-TX05"));
    static final Material[] OUTLET_MIX = {Material.PAPER, Material.PAPER, Material.PAPER, Material.PLASTIC, Material.PLASTIC,
        Material.METAL, Material.GLASS, Material.TEXTILE, Material.E_WASTE};

    @Inject
    FacilityRegistry registry;
    @Inject
    FlowRecording flows;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;
    @Inject
    DemoDay demoDay;

    public boolean isLoaded() {
        return registry.list(null, null, new PageRequest(0, 1)).total() > 0;
    }

    public void load(long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed + 3);
        LocalDate today = clock.today();
        LocalDate first = DemoCalendar.firstDay(today);
        for (Plant p : PLANTS) {
            registry.register(new NewFacility(p.code(), p.name(), p.kind(), p.district(), BigDecimal.valueOf(p.tonnesPerDay()),
                    BigDecimal.valueOf(p.lat()), BigDecimal.valueOf(p.lon()), p.materials(), first.minusYears(2).toString()), WHO);
        }
        registry.changeCapacity("WX-INC01", new CapacityChange(BigDecimal.valueOf(5400), first.plusDays(45).toString(),
                "二期（3000 吨/日）投运 / phase 2 (3,000 t/day) in service"), WHO);
        List<DistrictSummary> districts = points.districts();
        Map<String, Double> sorting = new java.util.HashMap<>();
        for (DistrictSummary d : districts) {
            sorting.put(d.code(), d.centralCity() ? 0.95 + random.nextDouble() * 0.3 : 0.6 + random.nextDouble() * 0.4);
        }
        int rows = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            rows += demoDay.run(day, districts, sorting, random);
        }
        LOG.info(String.format("demo facilities loaded: %d facilities, %d movements from %s in %.1f s", PLANTS.size(), rows,
                first, (System.nanoTime() - started) / 1e9));
    }

    /** One day of flows, in one transaction. */
    @ApplicationScoped
    public static class DemoDay {
        @Inject
        FlowRecording flows;

        @Transactional
        public int run(LocalDate day, List<DistrictSummary> districts, Map<String, Double> sorting, Random random) {
            // the day's records in three batches (what arrives, what the sorting centres send on, what leaves the
            // processors), each through the pipeline the API uses, batched as an import chunk is
            List<NewTransfer> transfers = new ArrayList<>();
            List<AtFacility<NewFacilityReceipt>> receipts = new ArrayList<>();
            Map<String, Map<Material, BigDecimal>> centreIntake = new java.util.HashMap<>();
            for (int i = 0; i < districts.size(); i++) {
                DistrictSummary d = districts.get(i);
                String tag = ChengduTags.of(d.code());
                String centre = CENTRES[i % CENTRES.length];
                double factor = sorting.getOrDefault(d.code(), 1.0);
                // the outlets' recyclables, a material a load, to the district's sorting centre
                double recyclables = (d.centralCity() ? CENTRAL_RECYCLABLES : OUTER_RECYCLABLES) * 1000 * factor * (0.85 + random.nextDouble() * 0.3);
                for (String outlet : List.of(tag + "-R01", tag + "-M01")) {
                    for (double load : loads(recyclables / 2)) {
                        Material m = OUTLET_MIX[random.nextInt(OUTLET_MIX.length)];
                        BigDecimal kg = kg(load);
                        transfers.add(new NewTransfer(outlet, null, centre, m.name(), kg, time(day, 9 + random.nextInt(8), random), null));
                        centreIntake.computeIfAbsent(centre, c -> new EnumMap<>(Material.class)).merge(m, kg, BigDecimal::add);
                    }
                }
                // household kitchen waste, collected separately by the district, to a kitchen-waste plant
                double kitchen = (d.centralCity() ? CENTRAL_KITCHEN : OUTER_KITCHEN) * 1000 * factor * (0.85 + random.nextDouble() * 0.3);
                for (double load : loads(kitchen)) {
                    receipts.add(new AtFacility<>(KITCHEN_PLANTS[i % KITCHEN_PLANTS.length], new NewFacilityReceipt(day.toString(), "KITCHEN",
                            "HOUSEHOLD_KITCHEN", d.code(), null, kg(load), null)));
                }
                // residual waste of the whole district, in weighbridge loads
                double tonnes = (d.centralCity() ? CENTRAL_RESIDUAL : OUTER_RESIDUAL) * (0.85 + random.nextDouble() * 0.3);
                String plant = INCINERATORS[i % INCINERATORS.length];
                while (tonnes > 0) {
                    double load = Math.min(tonnes, 60 + random.nextInt(35));
                    receipts.add(new AtFacility<>(plant, new NewFacilityReceipt(day.toString(), "RESIDUAL", null, d.code(), null,
                            kg(load * 1000), null)));
                    tonnes -= load;
                }
                if (day.getDayOfWeek().getValue() == 5) {
                    receipts.add(new AtFacility<>("CD-HW01", new NewFacilityReceipt(day.toString(), "HAZARDOUS", random.nextBoolean() ? "BATTERY" : "LAMP",
                            d.code(), null, kg(300 + random.nextInt(1500)), null)));
                }
            }
            int rows = stored(flows.transfers(transfers, WHO, "demo")) + stored(flows.receipts(receipts, WHO, "demo"));
            // sorting centres send sorted material on (92 %) and their rejects to incineration (8 %, at 天府水城)
            List<NewTransfer> onward = new ArrayList<>();
            List<AtFacility<NewOutput>> outputs = new ArrayList<>();
            for (var centre : centreIntake.entrySet()) {
                BigDecimal rejects = BigDecimal.ZERO;
                for (var m : centre.getValue().entrySet()) {
                    BigDecimal on = m.getValue().multiply(BigDecimal.valueOf(0.92)).setScale(1, RoundingMode.HALF_UP);
                    rejects = rejects.add(m.getValue().subtract(on));
                    for (BigDecimal load : loads(on)) {
                        onward.add(new NewTransfer(null, centre.getKey(), PROCESSOR.get(m.getKey()), m.getKey().name(), load, time(day, 18, random), null));
                    }
                    processorIntake(m.getKey(), on);
                }
                for (BigDecimal load : loads(rejects)) {
                    outputs.add(new AtFacility<>(centre.getKey(), new NewOutput(day.toString(), "RESIDUE", "TF-INC04", null, null, load, null)));
                }
            }
            rows += stored(flows.transfers(onward, WHO, "demo"));
            // processors sell 95 %, landfill 3 % and keep 2 % in stock
            for (var p : processorDay.entrySet()) {
                BigDecimal in = p.getValue();
                BigDecimal sold = in.multiply(BigDecimal.valueOf(0.95)).setScale(1, RoundingMode.HALF_UP);
                BigDecimal landfilled = in.multiply(BigDecimal.valueOf(0.03)).setScale(1, RoundingMode.HALF_UP);
                for (BigDecimal load : loads(sold)) {
                    outputs.add(new AtFacility<>(p.getKey(), new NewOutput(day.toString(), "PRODUCT", null, null, "再生原料 / secondary raw material", load, null)));
                }
                outputs.add(new AtFacility<>(p.getKey(), new NewOutput(day.toString(), "RESIDUE", "CA-LF01", null, null, landfilled, null)));
            }
            rows += stored(flows.outputs(outputs, WHO, "demo"));
            for (var p : processorDay.entrySet()) {
                BigDecimal in = p.getValue();
                BigDecimal kept = in.subtract(in.multiply(BigDecimal.valueOf(0.95)).setScale(1, RoundingMode.HALF_UP))
                        .subtract(in.multiply(BigDecimal.valueOf(0.03)).setScale(1, RoundingMode.HALF_UP));
                BigDecimal stock = processorStock.merge(p.getKey(), kept, BigDecimal::add);
                flows.reportStock(p.getKey(), new NewStockReport(day.toString(), stock), WHO);
                rows++;
            }
            processorDay.clear();
            return rows;
        }

        /** What a batch stored; a refused row is a defect of the demo, never skipped. */
        private static int stored(RecordImport.Outcome outcome) {
            if (!outcome.rejected().isEmpty()) {
                throw new IllegalStateException("the demo's records were refused: " + outcome.rejected());
            }
            return outcome.accepted() + outcome.alreadyStored();
        }

        private final Map<String, BigDecimal> processorDay = new java.util.TreeMap<>();
        private final Map<String, BigDecimal> processorStock = new java.util.HashMap<>();

        private void processorIntake(Material m, BigDecimal kg) {
            processorDay.merge(PROCESSOR.get(m), kg, BigDecimal::add);
        }

        /** A day's flow in loads of at most {@link #LOAD_KG}, as even as the split allows. */
        static List<Double> loads(double kg) {
            int n = (int) Math.ceil(kg / LOAD_KG);
            return java.util.Collections.nCopies(Math.max(1, n), kg / Math.max(1, n));
        }

        static List<BigDecimal> loads(BigDecimal kg) {
            int n = Math.max(1, (int) Math.ceil(kg.doubleValue() / LOAD_KG));
            BigDecimal each = kg.divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN);
            List<BigDecimal> result = new java.util.ArrayList<>(java.util.Collections.nCopies(n - 1, each));
            result.add(kg.subtract(each.multiply(BigDecimal.valueOf(n - 1))));
            return result;
        }

        private static BigDecimal kg(double kg) {
            return BigDecimal.valueOf(kg).setScale(1, RoundingMode.HALF_UP);
        }

        private static String time(LocalDate day, int hour, Random random) {
            return day.atTime(LocalTime.of(hour, random.nextInt(60))).atZone(CityClock.ZONE).toOffsetDateTime().toString();
        }
    }
}

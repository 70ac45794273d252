package net.wastenet.points.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import net.wastenet.points.application.NewCommunity;
import net.wastenet.points.application.NewPoint;
import net.wastenet.points.application.NewTonnageLog;
import net.wastenet.points.application.ReferenceData;
import net.wastenet.points.application.StatusChange;
import net.wastenet.points.application.TonnageLogging.ImportRow;
import net.wastenet.points.application.TonnageLogging;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.DemoCalendar;

/**
 * A living Chengdu network for newcomers and demos, the same for the same seed and day: communities
 * in every district, points of all four kinds serving them, and daily weighings from the first day
 * of the month three months back to yesterday, with plausible per-household quantities by category,
 * a few days without a log, and a few points suspended for a while. Everything goes through the
 * module's use cases, so demo data obeys every rule real data does.
 */
@ApplicationScoped
public class ChengduNetworkDemo {
    private static final Logger LOG = Logger.getLogger(ChengduNetworkDemo.class.getName());
    private static final Actor WHO = Actor.system("demo");

    /** District code, short name for codes, centre latitude and longitude, central city. */
    record Area(String code, String tag, double lat, double lon, boolean central) {
    }

    static final List<Area> AREAS = List.of(
            new Area("510104", "JJ", 30.657, 104.083, true), new Area("510105", "QY", 30.674, 104.062, true),
            new Area("510106", "JN", 30.691, 104.052, true), new Area("510107", "WH", 30.642, 104.043, true),
            new Area("510108", "CH", 30.660, 104.101, true), new Area("510112", "LQY", 30.556, 104.275, true),
            new Area("510113", "QBJ", 30.878, 104.251, true), new Area("510114", "XD", 30.823, 104.158, true),
            new Area("510115", "WJ", 30.682, 103.856, true), new Area("510116", "SL", 30.574, 103.923, true),
            new Area("510117", "PD", 30.795, 103.901, true), new Area("510118", "XJ", 30.410, 103.811, true),
            new Area("510121", "JT", 30.862, 104.412, false), new Area("510129", "DY", 30.587, 103.520, false),
            new Area("510131", "PJ", 30.197, 103.506, false), new Area("510181", "DJY", 30.988, 103.647, false),
            new Area("510182", "PZ", 30.990, 103.958, false), new Area("510183", "QL", 30.410, 103.464, false),
            new Area("510184", "CZ", 30.630, 103.673, false), new Area("510185", "JY", 30.411, 104.547, false),
            new Area("510191", "GX", 30.600, 104.070, true), new Area("510192", "TF", 30.460, 104.070, true),
            new Area("510193", "DB", 30.320, 104.480, false));

    private static final String[] NAME_HEADS = {"锦绣", "翠苑", "金沙", "银杏", "芙蓉", "蜀都", "锦城", "望江", "浣花", "玉林",
        "桂溪", "府河", "青龙", "天府", "紫荆", "兴隆", "川西", "龙湖", "南苑", "北城", "东湖", "西岭", "麓山", "清水"};
    private static final String[] NAME_TAILS = {"花园", "小区", "家园", "苑", "雅居", "新城", "名邸", "公馆", "里", "社区"};
    private static final String[] STREETS = {"东街道", "西街道", "南街道", "北街道", "中心街道"};

    @Inject
    ReferenceData referenceData;
    @Inject
    TonnageLogging logging;
    @Inject
    CityClock clock;

    /** A point of the demo, with what it weighs and how much per day. */
    record DemoPoint(String code, String kind, List<String> categories, int households, LocalDate suspendedFrom,
                     LocalDate suspendedTo) {
    }

    public boolean isLoaded() {
        return referenceData.communities(null, new PageRequest(0, 1)).total() > 0;
    }

    public void load(long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        LocalDate today = clock.today();
        LocalDate first = DemoCalendar.firstDay(today);
        LocalDate activeFrom = first.minusMonths(9).withDayOfMonth(1);
        List<DemoPoint> points = new ArrayList<>();
        int communities = 0;
        for (Area area : AREAS) {
            int count = area.central() ? 15 : 6;
            for (int i = 1; i <= count; i++) {
                String code = area.tag() + "-C" + String.format("%03d", i);
                int households = 400 + random.nextInt(2600);
                String name = NAME_HEADS[random.nextInt(NAME_HEADS.length)] + NAME_TAILS[random.nextInt(NAME_TAILS.length)]
                        + (i > 9 ? "二期" : "");
                referenceData.registerCommunity(new NewCommunity(code, name, area.code(),
                        STREETS[random.nextInt(STREETS.length)], households, (int) Math.round(households * (2.3 + random.nextDouble() * 0.6)),
                        activeFrom.toString()), WHO);
                communities++;
                // About one community in twelve has no kitchen-waste bin yet: not covered.
                boolean sortsKitchen = random.nextInt(12) != 0;
                List<String> categories = sortsKitchen ? List.of("RECYCLABLE", "HAZARDOUS", "KITCHEN", "RESIDUAL")
                        : List.of("RECYCLABLE", "RESIDUAL");
                String pointCode = area.tag() + "-P" + String.format("%03d", i);
                register(pointCode, name + "投放点", "SORTING_POINT", area, categories, List.of(code), activeFrom, random);
                LocalDate suspendedFrom = null;
                LocalDate suspendedTo = null;
                if (random.nextInt(25) == 0) {
                    suspendedFrom = first.plusDays(20 + random.nextInt(40));
                    suspendedTo = suspendedFrom.plusDays(5 + random.nextInt(10));
                    referenceData.changeStatus(pointCode, new StatusChange("SUSPENDED", suspendedFrom.toString(),
                            "设施维修 / bin area under repair"), WHO);
                    if (suspendedTo.isBefore(today)) {
                        referenceData.changeStatus(pointCode, new StatusChange("ACTIVE", suspendedTo.toString(),
                                "维修完成 / repair finished"), WHO);
                    }
                }
                points.add(new DemoPoint(pointCode, "SORTING_POINT", categories, households, suspendedFrom, suspendedTo));
            }
            List<String> served = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                served.add(area.tag() + "-C" + String.format("%03d", i));
            }
            register(area.tag() + "-S01", "垃圾收集站一号", "COLLECTION_STATION", area, List.of("RESIDUAL", "KITCHEN"),
                    served.subList(0, count / 2), activeFrom, random);
            register(area.tag() + "-S02", "垃圾收集站二号", "COLLECTION_STATION", area, List.of("RESIDUAL"),
                    served.subList(count / 2, count), activeFrom, random);
            register(area.tag() + "-R01", "再生资源回收网点", "RECYCLING_OUTLET", area, List.of("RECYCLABLE"), served, activeFrom, random);
            register(area.tag() + "-M01", "两网融合服务点", "MERGED_SERVICE_POINT", area, List.of("RECYCLABLE", "HAZARDOUS"),
                    served, activeFrom, random);
            int districtHouseholds = points.stream().filter(p -> p.code().startsWith(area.tag() + "-")).mapToInt(DemoPoint::households).sum();
            points.add(new DemoPoint(area.tag() + "-S01", "COLLECTION_STATION", List.of("RESIDUAL"), districtHouseholds / 2, null, null));
            points.add(new DemoPoint(area.tag() + "-S02", "COLLECTION_STATION", List.of("RESIDUAL"), districtHouseholds / 2, null, null));
            points.add(new DemoPoint(area.tag() + "-R01", "RECYCLING_OUTLET", List.of("RECYCLABLE"), districtHouseholds, null, null));
            points.add(new DemoPoint(area.tag() + "-M01", "MERGED_SERVICE_POINT", List.of("RECYCLABLE", "HAZARDOUS"),
                    districtHouseholds, null, null));
        }
        int logs = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            List<ImportRow> rows = new ArrayList<>();
            for (DemoPoint p : points) {
                if (p.suspendedFrom() != null && !day.isBefore(p.suspendedFrom())
                        && (p.suspendedTo() == null || day.isBefore(p.suspendedTo()))) {
                    continue;
                }
                if (random.nextInt(40) == 0) {
                    continue; // a day the station forgot to log: shows on the completeness board
                }
                for (String category : p.categories()) {
                    rows.addAll(weighings(p, category, day, random, rows.size()));
                }
            }
            logs += logging.importChunk(rows, WHO, "demo").accepted();
        }
        LOG.info(String.format("demo network loaded: %d communities, %d points, %d weighings from %s in %.1f s",
                communities, points.size(), logs, first, (System.nanoTime() - started) / 1e9));
    }

    private void register(String code, String name, String kind, Area area, List<String> categories, List<String> served,
                          LocalDate activeFrom, Random random) {
        BigDecimal lat = BigDecimal.valueOf(area.lat() + (random.nextDouble() - 0.5) * 0.08).setScale(6, RoundingMode.HALF_UP);
        BigDecimal lon = BigDecimal.valueOf(area.lon() + (random.nextDouble() - 0.5) * 0.08).setScale(6, RoundingMode.HALF_UP);
        referenceData.registerPoint(new NewPoint(code, name, kind, area.code(), lat, lon, categories, served,
                activeFrom.toString()), WHO);
    }

    /** A day's weighings of one category at one point, per household as Chengdu's mix suggests. */
    private static List<ImportRow> weighings(DemoPoint p, String category, LocalDate day, Random random, int seq) {
        double perHousehold;
        String material = null;
        switch (category) {
            case "KITCHEN" -> {
                perHousehold = 0.42;
                material = "HOUSEHOLD_KITCHEN";
            }
            case "RESIDUAL" -> perHousehold = p.kind().equals("COLLECTION_STATION") ? 0.9 : 0.75;
            case "RECYCLABLE" -> {
                if (p.kind().equals("SORTING_POINT") && day.getDayOfMonth() % 3 != 0) {
                    return List.of();
                }
                perHousehold = p.kind().equals("SORTING_POINT") ? 0.3 : 0.05;
                String[] materials = {"PAPER", "PAPER", "PLASTIC", "PLASTIC", "METAL", "GLASS", "TEXTILE", "E_WASTE"};
                material = materials[random.nextInt(materials.length)];
            }
            default -> {
                if (day.getDayOfWeek().getValue() != 6) {
                    return List.of();
                }
                perHousehold = 0.01;
                material = random.nextBoolean() ? "BATTERY" : "LAMP";
            }
        }
        double kg = Math.max(0.5, p.households() * perHousehold * (0.75 + random.nextDouble() * 0.5));
        kg = Math.min(kg, 60_000);
        // A scale that misread now and then: a far outlier for the variance warning to catch.
        if (random.nextInt(4000) == 0) {
            kg = Math.min(kg * 5, 99_000);
        }
        OffsetDateTime at = day.atTime(LocalTime.of(6 + random.nextInt(13), random.nextInt(60))).atZone(CityClock.ZONE).toOffsetDateTime();
        String key = "demo-" + p.code() + "-" + day + "-" + category;
        return List.of(new ImportRow(seq, new NewTonnageLog(p.code(), category, material,
                BigDecimal.valueOf(kg).setScale(1, RoundingMode.HALF_UP), at.toString(), key)));
    }
}

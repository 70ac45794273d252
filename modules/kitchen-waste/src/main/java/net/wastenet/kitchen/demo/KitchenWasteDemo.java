package net.wastenet.kitchen.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import net.wastenet.kitchen.application.Commands.MultiDelivery;
import net.wastenet.kitchen.application.Commands.NewHauler;
import net.wastenet.kitchen.application.Commands.NewProducer;
import net.wastenet.kitchen.application.Commands.NewRoute;
import net.wastenet.kitchen.application.Commands.NewRun;
import net.wastenet.kitchen.application.Commands.NewTreatment;
import net.wastenet.kitchen.application.Commands.NewVehicle;
import net.wastenet.kitchen.application.Commands.Pickup;
import net.wastenet.kitchen.application.Commands.Residue;
import net.wastenet.kitchen.application.Commands.Stop;
import net.wastenet.kitchen.application.KitchenReference;
import net.wastenet.kitchen.application.ManifestHandling;
import net.wastenet.kitchen.application.TreatmentRecording;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.DemoCalendar;

/**
 * The kitchen-waste chain of the Chengdu demo, the same for the same seed and day: four haulers with
 * their vehicles, restaurants and canteens, a route per district; every day each route's vehicle picks
 * up at its points and producers (manifests signed by the hauler), delivers its load to 邛崃 or 简阳
 * on one weighbridge weight (a few percent off the pickups, now and then more: flagged), and each
 * plant records its treatment with impurities sent to incineration. The last day's late loads stay
 * open: overdue manifests. Waste refused for contamination (issue 18 item 6), none of it drawn from the seed's numbers:
 * on the 10th of each month Jinjiang's hauler refuses its route's third point the evening before (the morning's clean
 * pickup closes the notice); on the last evening it refuses Jinjiang's fifth point twice (the second flagged repeated,
 * both open) and Qingyang's second point once; and 邛崃 rejects 5 % of Qingyang's first load of the last day, sent to
 * 万兴 incineration (WX-INC01).
 */
@ApplicationScoped
public class KitchenWasteDemo {
    private static final Logger LOG = Logger.getLogger(KitchenWasteDemo.class.getName());
    static final Actor WHO = Actor.system("demo");

    /** hauler, district tag, district, plant. */
    record Line(String hauler, String tag, String district, String plant) {
    }

    static final List<Line> LINES = List.of(
            new Line("H01", "JJ", "510104", "QL-KW01"), new Line("H01", "QY", "510105", "QL-KW01"),
            new Line("H02", "QL", "510183", "QL-KW01"), new Line("H02", "DY", "510129", "QL-KW01"),
            new Line("H03", "JY", "510185", "JY-KW02"), new Line("H03", "CZ", "510184", "JY-KW02"),
            new Line("H04", "WH", "510107", "JY-KW02"), new Line("H04", "CH", "510108", "JY-KW02"));
    static final BigDecimal CAPACITY = BigDecimal.valueOf(8_000);
    /** The plants of household kitchen waste, which the districts deliver without manifests (RecyclablesDemo): treated here. */
    static final List<String> HOUSEHOLD_PLANTS = List.of("CA-KW03", "TF-KW04");
    /** Where 邛崃 sends the part of a load it rejects: 万兴 incineration. */
    static final String REJECTS_TO = "WX-INC01";
    static final String[] RESTAURANTS = {"火锅店", "串串香", "川菜馆", "面馆", "职工食堂", "学校食堂", "农贸市场"};

    @Inject
    KitchenReference reference;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;
    @Inject
    DemoDay demoDay;

    public boolean isLoaded() {
        return reference.haulers(new PageRequest(0, 1)).total() > 0;
    }

    public void load(long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed + 4);
        LocalDate today = clock.today();
        LocalDate first = DemoCalendar.firstDay(today);
        String[] names = {"成都环境集团收运一公司", "西部餐厨收运有限公司", "蓉城绿环收运公司", "天府清运服务公司"};
        for (int h = 1; h <= 4; h++) {
            reference.registerHauler(new NewHauler("H0" + h, names[h - 1]), WHO);
        }
        Map<Line, List<Stop>> stops = new LinkedHashMap<>();
        int producers = 0;
        for (Line line : LINES) {
            List<Stop> route = new ArrayList<>();
            for (int i = 1; i <= 15; i++) {
                String code = line.tag() + "-P" + String.format("%03d", i);
                var point = points.point(code);
                if (point.isPresent() && point.get().acceptedCategories().contains(WasteCategory.KITCHEN)) {
                    route.add(new Stop(code, null));
                }
            }
            for (int i = 1; i <= 4; i++) {
                String code = line.tag() + "-F" + String.format("%03d", i);
                String kind = i == 4 ? "CANTEEN" : "RESTAURANT";
                reference.registerProducer(new NewProducer(code, line.tag() + RESTAURANTS[random.nextInt(RESTAURANTS.length)] + i,
                        kind, line.district(), first.minusMonths(6).toString()), WHO);
                route.add(new Stop(null, code));
                producers++;
            }
            String plate = "川A" + line.hauler().substring(1) + line.tag() + "0";
            reference.registerVehicle(new NewVehicle(plate, line.hauler(), CAPACITY), WHO);
            reference.registerRoute(new NewRoute(line.hauler() + "-" + line.tag(), line.tag() + "线", line.hauler(), route, line.plant()), WHO);
            stops.put(line, route);
        }
        int manifests = 0;
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            manifests += demoDay.run(day, stops, random, day.plusDays(1).equals(today));
        }
        LOG.info(String.format("demo kitchen waste loaded: 4 haulers, %d producers, %d manifests from %s in %.1f s", producers,
                manifests, first, (System.nanoTime() - started) / 1e9));
    }

    /** One day of the chain, in one transaction. */
    @ApplicationScoped
    public static class DemoDay {
        @Inject
        KitchenReference reference;
        @Inject
        ManifestHandling manifests;
        @Inject
        TreatmentRecording treatments;
        @Inject
        PointDirectory points;
        @Inject
        net.wastenet.recyclables.api.FacilityDirectory facilities;
        @Inject
        net.wastenet.kitchen.domain.KitchenRegistry registry;
        @Inject
        net.wastenet.kitchen.application.RefusalDesk refusals;

        @Transactional
        public int run(LocalDate day, Map<Line, List<Stop>> routes, Random random, boolean lastDay) {
            int count = 0;
            Map<String, BigDecimal> plantIntake = new LinkedHashMap<>();
            if (day.getDayOfMonth() == 10) {
                refuse(routes, "JJ", 2, day.minusDays(1).atTime(20, 0), "厨余桶内混有大量塑料袋和餐盒");
            }
            rejectNext = false;
            for (var e : routes.entrySet()) {
                Line line = e.getKey();
                rejectNext = lastDay && line.tag().equals("QY");
                String plate = "川A" + line.hauler().substring(1) + line.tag() + "0";
                long runId = reference.startRun(new NewRun(line.hauler() + "-" + line.tag(), plate, day.toString()), WHO).id();
                List<String> nos = new ArrayList<>();
                BigDecimal picked = BigDecimal.ZERO;
                LocalDateTime at = day.atTime(LocalTime.of(5, 30));
                for (Stop stop : e.getValue()) {
                    if (stop.pointCode() != null && !points.isActiveOn(stop.pointCode(), day)) {
                        continue;
                    }
                    double kg = stop.pointCode() != null ? 450 + random.nextInt(500) : 250 + random.nextInt(900);
                    BigDecimal weight = BigDecimal.valueOf(kg).setScale(1, RoundingMode.HALF_UP);
                    if (picked.add(weight).compareTo(CAPACITY) > 0) {
                        at = unload(line, nos, picked, at, random, plantIntake);
                        nos.clear();
                        picked = BigDecimal.ZERO;
                    }
                    at = at.plusMinutes(8 + random.nextInt(10));
                    var m = manifests.pickUp(new Pickup(stop.pointCode(), stop.producerCode(), line.hauler(), plate, weight,
                            at.atZone(CityClock.ZONE).toOffsetDateTime().toString(), runId, null, null, null), WHO).manifest();
                    nos.add(m.manifestNo());
                    picked = picked.add(weight);
                    count++;
                }
                if (lastDay && line.tag().equals("DY")) {
                    continue; // the last run of the demo is still on the road: overdue tomorrow morning
                }
                unload(line, nos, picked, at, random, plantIntake);
            }
            if (lastDay) {
                refuse(routes, "JJ", 4, day.atTime(20, 0), "厨余垃圾中混有玻璃瓶和电池");
                refuse(routes, "JJ", 4, day.atTime(20, 40), "再次混入其他垃圾，桶边无人督导");
                refuse(routes, "QY", 1, day.atTime(20, 20), "厨余桶内混有建筑垃圾");
            }
            // the household kitchen-waste plants treat 97 % of what waits at their gate (a little stays for the next day)
            for (String plant : HOUSEHOLD_PLANTS) {
                if (facilities.facility(plant).isEmpty()) {
                    continue;
                }
                BigDecimal waiting = facilities.receivedUpTo(plant, day).subtract(registry.treatedInputUpTo(plant, day));
                if (waiting.signum() > 0) {
                    plantIntake.put(plant, waiting);
                }
            }
            for (var plant : plantIntake.entrySet()) {
                BigDecimal input = plant.getValue().multiply(BigDecimal.valueOf(0.97)).setScale(1, RoundingMode.HALF_UP);
                BigDecimal impurities = input.multiply(BigDecimal.valueOf(0.09 + random.nextDouble() * 0.03)).setScale(1, RoundingMode.HALF_UP);
                BigDecimal treated = input.subtract(impurities);
                treatments.record(new NewTreatment(plant.getKey(), day.toString(), input, impurities,
                        treated.multiply(BigDecimal.valueOf(0.08)).setScale(1, RoundingMode.HALF_UP),
                        treated.multiply(BigDecimal.valueOf(0.03)).setScale(1, RoundingMode.HALF_UP),
                        treated.multiply(BigDecimal.valueOf(0.22)).setScale(1, RoundingMode.HALF_UP),
                        residues(HOUSEHOLD_PLANTS.contains(plant.getKey()) ? "XF-INC03" : "WX-INC01", impurities), null), WHO);
            }
            return count;
        }

        /** Impurities to incineration, in loads of at most 90 t (a record holds at most 100 t). */
        private static List<Residue> residues(String incinerator, BigDecimal kg) {
            int n = Math.max(1, (int) Math.ceil(kg.doubleValue() / 90_000));
            BigDecimal each = kg.divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN);
            List<Residue> result = new ArrayList<>();
            for (int i = 0; i < n - 1; i++) {
                result.add(new Residue(incinerator, each));
            }
            result.add(new Residue(incinerator, kg.subtract(each.multiply(BigDecimal.valueOf(n - 1)))));
            return result;
        }

        /** Whether the next load unloaded is the one the plant rejects 5 % of (the last day's first load of Qingyang). */
        private boolean rejectNext;

        /** The vehicle unloads at its plant on one weighbridge weight: a few percent off the pickups, now and then more. */
        private LocalDateTime unload(Line line, List<String> nos, BigDecimal picked, LocalDateTime at, Random random,
                                     Map<String, BigDecimal> plantIntake) {
            double off = random.nextInt(30) == 0 ? 0.07 : (random.nextGaussian() * 0.012);
            BigDecimal weighed = picked.multiply(BigDecimal.valueOf(1 + off)).setScale(1, RoundingMode.HALF_UP);
            LocalDateTime delivered = at.plusMinutes(50 + random.nextInt(40));
            BigDecimal rejected = null;
            if (rejectNext && facilities.facility(REJECTS_TO).isPresent()) {
                rejected = weighed.multiply(BigDecimal.valueOf(0.05)).setScale(1, RoundingMode.HALF_UP);
                rejectNext = false;
            }
            manifests.deliverAll(new MultiDelivery(line.plant(), weighed, delivered.atZone(CityClock.ZONE).toOffsetDateTime().toString(),
                    List.copyOf(nos), rejected, rejected == null ? null : "混有大量塑料袋和玻璃，分拣后送焚烧",
                    rejected == null ? null : REJECTS_TO), WHO, "manifestNos");
            plantIntake.merge(line.plant(), rejected == null ? weighed : weighed.subtract(rejected), BigDecimal::add);
            return delivered.plusMinutes(40);
        }

        /** The line's hauler refuses the kitchen waste of its route's {@code stop}-th stop (a point) at {@code at}, when active. */
        private void refuse(Map<Line, List<Stop>> routes, String tag, int stop, LocalDateTime at, String reason) {
            for (var e : routes.entrySet()) {
                if (!e.getKey().tag().equals(tag) || e.getValue().size() <= stop || e.getValue().get(stop).pointCode() == null) {
                    continue;
                }
                String point = e.getValue().get(stop).pointCode();
                if (points.isActiveOn(point, at.toLocalDate())) {
                    refusals.refuse(new net.wastenet.kitchen.application.Commands.NewRefusal(point, e.getKey().hauler(),
                            at.atZone(CityClock.ZONE).toOffsetDateTime().toString(), reason, List.of(), null), WHO);
                }
            }
        }
    }
}

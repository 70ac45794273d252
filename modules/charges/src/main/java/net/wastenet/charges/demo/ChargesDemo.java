package net.wastenet.charges.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import net.wastenet.charges.application.Commands.NewCompensationRate;
import net.wastenet.charges.application.Commands.NewTariff;
import net.wastenet.charges.application.Commands.NewTier;
import net.wastenet.charges.application.PriceDesk;
import net.wastenet.kitchen.api.ProducerPickups;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DemoCalendar;

/**
 * The charges of the Chengdu demo, through the real use cases: the non-residential kitchen-waste tariff with a monthly
 * quota set so that about a quarter of the demo's restaurants and canteens go above it in the first demo month (tiers at
 * 450 and 600 yuan a tonne), a new version from the 16th of the second month (a mid-month change), the residential
 * per-household fee for residual waste, a per-tonne fee for the communities' weighed kitchen waste, and the compensation rates per kind of plant. Loaded after the kitchen-waste demo,
 * whose pickups it reads.
 */
@ApplicationScoped
public class ChargesDemo {
    private static final Logger LOG = Logger.getLogger(ChargesDemo.class.getName());
    static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

    @Inject
    PriceDesk prices;
    @Inject
    ProducerPickups pickups;
    @Inject
    CityClock clock;

    public boolean isLoaded() {
        return !prices.tariffs().isEmpty();
    }

    public void load() {
        Actor bureau = Actor.system("bureau-demo");
        YearMonth first = DemoCalendar.firstMonth(clock.today());
        LocalDate since = first.atDay(1).isBefore(SINCE) ? first.atDay(1) : SINCE;
        BigDecimal quota = quota(first);
        prices.addTariff(new NewTariff("NR-KITCHEN-2026", since.toString(), "NON_RESIDENTIAL", "KITCHEN", "PER_TONNE", BigDecimal.valueOf(300),
                quota, List.of(new NewTier(BigDecimal.ZERO, BigDecimal.valueOf(450)), new NewTier(BigDecimal.valueOf(1000), BigDecimal.valueOf(600))),
                "demo-nr-kitchen-2026"), bureau);
        LocalDate change = first.plusMonths(1).atDay(16);
        prices.addTariff(new NewTariff("NR-KITCHEN-" + change.toString().replace("-", ""), change.toString(), "NON_RESIDENTIAL", "KITCHEN",
                "PER_TONNE", BigDecimal.valueOf(320), quota, List.of(new NewTier(BigDecimal.ZERO, BigDecimal.valueOf(480)),
                new NewTier(BigDecimal.valueOf(1000), BigDecimal.valueOf(640))), "demo-nr-kitchen-change"), bureau);
        prices.addTariff(new NewTariff("R-RESIDUAL-2026", since.toString(), "RESIDENTIAL", "RESIDUAL", "PER_HOUSEHOLD_MONTH",
                new BigDecimal("2.50"), null, List.of(), "demo-r-residual-2026"), bureau);
        prices.addTariff(new NewTariff("R-KITCHEN-2026", since.toString(), "RESIDENTIAL", "KITCHEN", "PER_TONNE", BigDecimal.valueOf(20),
                null, List.of(), "demo-r-kitchen-2026"), bureau);
        String[][] rates = {{"KITCHEN_WASTE_PLANT", "60"}, {"INCINERATION_PLANT", "80"}, {"LANDFILL", "120"}, {"HAZARDOUS_WASTE_FACILITY", "200"}};
        for (String[] r : rates) {
            prices.addRate(new NewCompensationRate(since.toString(), r[0], new BigDecimal(r[1]), "demo-rate-" + r[0].toLowerCase()), bureau);
        }
        LOG.info("demo charges: 4 tariffs (non-residential quota " + quota.toPlainString() + " kg a month), 4 compensation rates");
    }

    /** The quota: the producers' month totals of the first demo month at three quarters up, rounded down to 100 kg. */
    BigDecimal quota(YearMonth month) {
        Map<String, BigDecimal> totals = new HashMap<>();
        pickups.producerParts(null, null, List.of(month.atDay(1)), month.atEndOfMonth(), p -> totals.merge(p.producerCode(), p.weightKg(),
                BigDecimal::add));
        if (totals.isEmpty()) {
            return BigDecimal.valueOf(20_000);
        }
        List<BigDecimal> sorted = new ArrayList<>(totals.values());
        sorted.sort(null);
        BigDecimal at = sorted.get(Math.min(sorted.size() - 1, sorted.size() * 3 / 4));
        return at.divideToIntegralValue(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(100));
    }
}

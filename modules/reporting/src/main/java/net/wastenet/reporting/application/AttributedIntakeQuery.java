package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.reporting.api.AttributedIntake;
import net.wastenet.reporting.domain.DistrictShares;
import net.wastenet.reporting.domain.FlowSum;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.ReceiptFact;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/**
 * {@link AttributedIntake} from the read model, with the drill-down's own rules: the flows a component counts
 * ({@link FlowSum}), the district shares ({@link DistrictShares}) and the rounding of each receipt's counted kilograms to
 * three decimals. A flow that carries its district counts whole (its receipts' weights add up to it exactly); a flow
 * passed on by a facility is read receipt by receipt, so that every share is rounded as the drill-down rounds it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttributedIntakeQuery implements AttributedIntake {
    @Inject
    ReadModel model;
    @Inject
    ReadModelRebuild rebuild;

    @Override
    public List<Attributed> intake(LocalDate from, LocalDate to) {
        rebuild.requireBuilt();
        List<FlowSum> flows = model.flows(from, to);
        DistrictShares shares = new DistrictShares(flows);
        Map<String, Map<String, BigDecimal>> kg = new TreeMap<>();
        Map<String, FacilityKind> kinds = new TreeMap<>();
        for (FlowSum f : flows) {
            String component = component(f.toKind());
            if (component == null || !counts(component, f)) {
                continue;
            }
            kinds.put(f.toFacility(), f.toKind());
            if (f.districtCode() != null) {
                add(kg, f.districtCode(), f.toFacility(), f.weightKg());
            } else if (f.fromFacility() != null) {
                Map<String, BigDecimal> fractions = shares.of(f.fromFacility());
                if (fractions.isEmpty()) {
                    continue;
                }
                int page = 0;
                Page<ReceiptFact> receipts;
                do {
                    receipts = model.receipts(from, to, List.of(f), new PageRequest(page++, PageRequest.MAX_SIZE));
                    for (ReceiptFact r : receipts.items()) {
                        fractions.forEach((district, share) -> {
                            if (share.signum() > 0) {
                                add(kg, district, f.toFacility(), r.weightKg().multiply(share).setScale(3, RoundingMode.HALF_UP));
                            }
                        });
                    }
                } while ((long) page * PageRequest.MAX_SIZE < receipts.total());
            }
        }
        List<Attributed> out = new ArrayList<>();
        kg.forEach((district, byFacility) -> byFacility.forEach((facility, w) -> {
            if (w.signum() > 0) {
                out.add(new Attributed(district, facility, kinds.get(facility).name(), component(kinds.get(facility)),
                        w.setScale(3, RoundingMode.HALF_UP)));
            }
        }));
        return out;
    }

    /** The component a facility kind's intake is measured in: I, L, or C (kitchen-waste and hazardous-waste plants); none for the recyclables' chain. */
    static String component(FacilityKind kind) {
        if (kind == null) {
            return null;
        }
        if (kind.countsIncinerated()) {
            return "I";
        }
        if (kind.countsLandfilled()) {
            return "L";
        }
        return kind.countsCollected() ? "C" : null;
    }

    private static boolean counts(String component, FlowSum f) {
        return switch (component) {
            case "I" -> f.isIncinerated();
            case "L" -> f.isLandfilled();
            default -> f.isCollected();
        };
    }

    private static void add(Map<String, Map<String, BigDecimal>> kg, String district, String facility, BigDecimal w) {
        kg.computeIfAbsent(district, d -> new TreeMap<>()).merge(facility, w, BigDecimal::add);
    }
}

package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wastenet.reporting.domain.CarbonFactorSet;
import net.wastenet.reporting.domain.CarbonFactorSet.Factor;
import net.wastenet.reporting.domain.CarbonFactorSet.Route;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Material;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bureau's carbon factor sets: added, never edited, each valid from a day until the next one's. */
@ApplicationScoped
@Transactional
public class CarbonFactors {
    static final Text FACTOR_SET = Text.of("carbon factor set", "碳排放因子集");
    /** A factor's bounds, tonnes of CO₂e a tonne: recycling credits are negative, no route emits ten tonnes a tonne. */
    static final BigDecimal BOUND = BigDecimal.TEN;

    @Inject
    jakarta.enterprise.event.Event<AuditRecord> audit;
    @Inject
    ReadModel model;
    @Inject
    CityClock clock;

    @Schema(name = "NewCarbonFactor", description = "A route's emissions in tonnes of CO₂e per tonne of waste; LANDFILL is the baseline")
    public record NewFactor(@Schema(example = "INCINERATION", required = true, type = SchemaType.STRING,
                                    enumeration = {"RECYCLING", "INCINERATION", "KITCHEN_TREATMENT", "LANDFILL"}) String route,
                            @Schema(example = "PAPER", description = "Recycling of one recyclable material (route RECYCLING only): the "
                                    + "carbon-projects export accounts a recycling processor's receipts of that material with it; the indicator "
                                    + "answer's RECYCLING route uses the factor without a material", type = SchemaType.STRING,
                                    enumeration = {"PAPER", "PLASTIC", "GLASS", "METAL", "TEXTILE", "E_WASTE", "WOOD"}) String material,
                            @Schema(example = "0.25", minimum = "-10", maximum = "10", required = true) BigDecimal tCo2ePerTonne) {
    }

    @Schema(name = "NewCarbonFactorSet", description = "A version of the carbon factors with its source, valid from a day")
    public record NewCarbonFactorSet(@Schema(example = "cd-carbon-2027", pattern = "^[A-Za-z0-9-]{1,32}$", maxLength = 32, required = true) String code,
                                     @Schema(example = "2027-01-01", format = "date", required = true) String validFrom,
                                     @Schema(example = "成都市生态环境局 2027 年核算口径；填埋基准依 IPCC 2006 第 5 卷", maxLength = 500, required = true) String source,
                                     @Schema(required = true, maxItems = 50) List<NewFactor> factors) {
    }

    public record FactorView(String route, String material, BigDecimal tCo2ePerTonne) {
    }

    public record FactorSetView(String code, LocalDate validFrom, String source, List<FactorView> factors,
                                java.time.LocalDateTime createdAt, String createdBy) {
    }

    public FactorSetView add(NewCarbonFactorSet cmd, Actor actor) {
        if (!actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("only the bureau sets the carbon factors", "只有市局可以设定碳排放因子"));
        }
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        LocalDate from = Parse.date(cmd.validFrom(), "validFrom", true, p);
        Codes.checkText(cmd.source(), 500, "source", p);
        List<Factor> factors = new ArrayList<>();
        if (cmd.factors() == null || cmd.factors().isEmpty()) {
            p.add("factors", "must give a factor for each route", "必须为每种处理方式给出因子");
        } else if (cmd.factors().size() > 50) {
            p.add("factors", "at most 50 factors", "最多 50 个因子");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < cmd.factors().size(); i++) {
                NewFactor f = cmd.factors().get(i);
                String at = "factors[" + i + "]";
                if (f == null) {
                    p.missing(at);
                    continue;
                }
                Route route = Parse.enumValue(Route.class, f.route(), at + ".route", true, p);
                boolean ok = route != null;
                if (f.material() != null) {
                    // a factor the export would never use is refused: a recyclable material, on the recycling route
                    Material material = Parse.enumValue(Material.class, f.material(), at + ".material", true, p);
                    if (material == null) {
                        ok = false;
                    } else if (!material.belongsTo(WasteCategory.RECYCLABLE) || route != null && route != Route.RECYCLING) {
                        p.add(at + ".material", "a factor per material is for the recycling of a recyclable material",
                                "按细类的因子只适用于可回收物的回收利用（RECYCLING）");
                        ok = false;
                    }
                }
                if (f.tCo2ePerTonne() == null) {
                    p.missing(at + ".tCo2ePerTonne");
                    ok = false;
                } else if (f.tCo2ePerTonne().abs().compareTo(BOUND) > 0 || f.tCo2ePerTonne().scale() > 4) {
                    p.add(at + ".tCo2ePerTonne", "must be -10 to 10, at most 4 decimals", "必须在 -10 到 10 之间，最多 4 位小数");
                    ok = false;
                }
                if (ok && !seen.add(route + "/" + f.material())) {
                    p.add(at, "repeats the factor of " + route + (f.material() == null ? "" : " " + f.material()),
                            "重复了 " + route + (f.material() == null ? "" : " " + f.material()) + " 的因子");
                    ok = false;
                }
                if (ok) {
                    factors.add(new Factor(i, route, f.material(), f.tCo2ePerTonne()));
                }
            }
            if (factors.size() == cmd.factors().size()) {
                List<Route> missing = CarbonFactorSet.missingRoutes(factors);
                if (!missing.isEmpty()) {
                    p.add("factors", "needs a factor without a material for " + missing + " (LANDFILL is the baseline)",
                            "缺少 " + missing + " 的通用因子（LANDFILL 为基准）");
                }
            }
        }
        p.throwIfAny();
        if (model.carbonFactorSet(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(FACTOR_SET, cmd.code());
        }
        CarbonFactorSet set = CarbonFactorSet.define(cmd.code(), from, cmd.source(), factors, clock.now(), actor.name());
        model.add(set);
        // every answer from the set's first day on rests on it
        model.noteChange(set.validFrom(), IndicatorCache.LAST_DAY, clock.now());
        FactorSetView view = view(set);
        audit.fire(AuditRecord.created("carbon-factor-set", set.code(), actor, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FactorSetView> all() {
        return model.carbonFactorSets().stream().map(CarbonFactors::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FactorSetView one(String code) {
        return model.carbonFactorSet(code).map(CarbonFactors::view).orElseThrow(() -> new UnknownCodeException("code", FACTOR_SET, code));
    }

    static FactorSetView view(CarbonFactorSet s) {
        return new FactorSetView(s.code(), s.validFrom(), s.source(), s.factors().stream()
                .map(f -> new FactorView(f.route().name(), f.material(), f.tCo2ePerTonne())).toList(), s.createdAt(), s.createdBy());
    }
}

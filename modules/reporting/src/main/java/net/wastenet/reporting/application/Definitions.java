package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bureau's definition sets: added, never edited, each effective from a date. */
@ApplicationScoped
@Transactional
public class Definitions {
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    ReadModel model;
    @Inject
    CityClock clock;

    @Schema(name = "DefinitionSet", description = "Coefficients (0 to 1) and targets (percent), effective from a date")
    public record NewDefinitionSet(@Schema(example = "chengdu-2027", pattern = "^[A-Za-z0-9-]{1,32}$", maxLength = 32, required = true) String name,
                                   @Schema(example = "2027-01-01", format = "date", required = true) String effectiveFrom,
                                   @Schema(example = "0.7", minimum = "0", maximum = "1") BigDecimal incineration,
                                   @Schema(example = "1.0", minimum = "0", maximum = "1") BigDecimal kitchen,
                                   @Schema(example = "0.0", minimum = "0", maximum = "1") BigDecimal landfill,
                                   @Schema(example = "93", minimum = "0", maximum = "100") BigDecimal targetCoverage,
                                   @Schema(example = "35", minimum = "0", maximum = "100") BigDecimal targetRecovery,
                                   @Schema(example = "65", minimum = "0", maximum = "100") BigDecimal targetResourceUtilisation,
                                   @Schema(example = "100", minimum = "0", maximum = "100") BigDecimal targetHarmlessTreatment,
                                   @Schema(description = "The city's target number of standard communities (达标小区); left out, the "
                                           + "set in effect the day before keeps its target", example = "10000", minimum = "1", maximum = "1000000")
                                   Integer targetStandardCommunities,
                                   @Schema(example = "市局 2027 年口径") String note) {
    }

    public record DefinitionView(String name, LocalDate effectiveFrom, BigDecimal incineration, BigDecimal kitchen,
                                 BigDecimal landfill, BigDecimal targetCoverage, BigDecimal targetRecovery,
                                 BigDecimal targetResourceUtilisation, BigDecimal targetHarmlessTreatment,
                                 Integer targetStandardCommunities, String coverageRule, String note) {
    }

    public DefinitionView add(NewDefinitionSet cmd, Actor actor) {
        if (!actor.has(Role.BUREAU) && !actor.has(Role.ADMIN)) {
            throw new NotYoursException(null, Text.of("only the bureau sets the indicators' definitions", "只有市局可以设定指标口径"));
        }
        Problems p = new Problems();
        Codes.check(cmd.name(), "name", p);
        LocalDate from = Parse.date(cmd.effectiveFrom(), "effectiveFrom", true, p);
        fraction(cmd.incineration(), "incineration", p);
        fraction(cmd.kitchen(), "kitchen", p);
        fraction(cmd.landfill(), "landfill", p);
        target(cmd.targetCoverage(), "targetCoverage", p);
        target(cmd.targetRecovery(), "targetRecovery", p);
        target(cmd.targetResourceUtilisation(), "targetResourceUtilisation", p);
        target(cmd.targetHarmlessTreatment(), "targetHarmlessTreatment", p);
        if (cmd.targetStandardCommunities() != null) {
            p.require(cmd.targetStandardCommunities() >= 1 && cmd.targetStandardCommunities() <= 1_000_000, "targetStandardCommunities",
                    "must be 1 to 1,000,000 communities", "必须在 1 到 1,000,000 个小区之间");
        }
        if (cmd.note() != null) {
            Codes.checkText(cmd.note(), 500, "note", p);
        }
        p.throwIfAny();
        if (model.definitionSet(cmd.name()).isPresent()) {
            throw new ConflictException("name", Text.of("a definition set named '" + cmd.name() + "' exists already",
                    "名为“" + cmd.name() + "”的指标口径已存在"));
        }
        // a set that names no count target keeps the one in effect before it: a new set of coefficients does not drop the plan's aim
        Integer standardCommunities = cmd.targetStandardCommunities() != null ? cmd.targetStandardCommunities()
                : model.definitionsOn(from.minusDays(1)).map(x -> x.targets().standardCommunities()).orElse(null);
        DefinitionSet d = new DefinitionSet(cmd.name(), from,
                new DefinitionSet.Coefficients(cmd.incineration(), cmd.kitchen(), cmd.landfill()),
                new DefinitionSet.Targets(cmd.targetCoverage(), cmd.targetRecovery(), cmd.targetResourceUtilisation(),
                        cmd.targetHarmlessTreatment(), standardCommunities), cmd.note(), clock.now(), actor.name());
        model.add(d);
        // every answer rests on the definitions in effect: each day from the set's first on changes
        model.noteChange(d.effectiveFrom(), IndicatorCache.LAST_DAY, clock.now());
        DefinitionView view = view(d);
        audit.fire(AuditRecord.created("definition-set", d.name(), actor, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DefinitionView> all() {
        return model.definitionSets().stream().map(Definitions::view).toList();
    }

    private static DefinitionView view(DefinitionSet d) {
        var k = d.coefficients();
        var t = d.targets();
        return new DefinitionView(d.name(), d.effectiveFrom(), k.incineration(), k.kitchen(), k.landfill(), t.coverage(),
                t.recovery(), t.resourceUtilisation(), t.harmlessTreatment(), t.standardCommunities(), d.coverageRule(), d.note());
    }

    private static void fraction(BigDecimal v, String field, Problems p) {
        if (v == null) {
            p.missing(field);
        } else {
            p.require(v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0 && v.scale() <= 4, field,
                    "must be 0 to 1, at most 4 decimals", "必须在 0 到 1 之间，最多 4 位小数");
        }
    }

    private static void target(BigDecimal v, String field, Problems p) {
        if (v == null) {
            p.missing(field);
        } else {
            p.require(v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0 && v.scale() <= 2, field,
                    "must be 0 to 100, at most 2 decimals", "必须在 0 到 100 之间，最多 2 位小数");
        }
    }
}

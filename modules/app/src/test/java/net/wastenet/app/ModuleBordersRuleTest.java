package net.wastenet.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import net.wastenet.points.api.PointSummary;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.kitchen.application.TreatmentKind;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.application.FlowRecording;
import net.wastenet.recyclables.intruder.Intruder;
import net.wastenet.recyclables.intruder.application.KindSpeller;
import org.junit.jupiter.api.Test;

/** The border rule catches a module that reaches past another's api, and lets the api through. */
class ModuleBordersRuleTest {
    @Test
    void reachingForAnotherModulesEntityBreaksTheRule() {
        var classes = new ClassFileImporter().importClasses(Intruder.class, CollectionPoint.class, PointSummary.class);
        var result = ModuleBordersTest.onlyThroughApi("points").evaluate(classes);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("CollectionPoint"));
        assertFalse(result.getFailureReport().toString().contains("PointSummary"));
    }

    @Test
    void aUseCaseThatSpellsOutAKindBreaksTheRuleAndOneThatAsksTheKindDoesNot() {
        var classes = new ClassFileImporter().importClasses(KindSpeller.class, FacilityKind.class);
        var result = ModuleBordersTest.kindsAreAskedNotSpeltOutInUseCasesOrResources.evaluate(classes);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("KITCHEN_WASTE_PLANT"), result.getFailureReport()::toString);
        var asking = new ClassFileImporter().importClasses(TreatmentKind.class, FlowRecording.class);
        assertFalse(ModuleBordersTest.kindsAreAskedNotSpeltOutInUseCasesOrResources.evaluate(asking).hasViolation());
    }
}

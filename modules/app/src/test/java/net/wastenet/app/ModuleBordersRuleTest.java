package net.wastenet.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import net.wastenet.points.api.PointSummary;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.recyclables.intruder.Intruder;
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
}

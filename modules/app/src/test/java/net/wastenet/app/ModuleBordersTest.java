package net.wastenet.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.SourceKind;

/**
 * The borders between modules, as sentences. A module is a top-level package under
 * {@code net.wastenet} (points = collection-points; recyclables, kitchen, quality, reporting, charges);
 * another module sees only its {@code api}. The app assembles them and sees their {@code api},
 * their REST resources (by scanning) and their {@code demo} loaders, never their insides.
 */
@AnalyzeClasses(packages = "net.wastenet", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBordersTest {
    static final String[] MODULES = {"points", "recyclables", "kitchen", "quality", "reporting", "charges"};

    @ArchTest
    static final ArchRule sharedDependsOnNoModuleAndNoFramework = classes()
            .that().resideInAPackage("net.wastenet.shared..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("net.wastenet.shared..", "java..");

    @ArchTest
    static final ArchRule noModuleDependsOnTheApp = noClasses()
            .that().resideOutsideOfPackage("net.wastenet.app..")
            .should().dependOnClassesThat().resideInAPackage("net.wastenet.app..");

    @ArchTest
    static final ArchRule pointsIsReachedOnlyThroughItsApi = onlyThroughApi("points");

    @ArchTest
    static final ArchRule recyclablesIsReachedOnlyThroughItsApi = onlyThroughApi("recyclables");

    @ArchTest
    static final ArchRule kitchenIsReachedOnlyThroughItsApi = onlyThroughApi("kitchen");

    @ArchTest
    static final ArchRule qualityIsReachedOnlyThroughItsApi = onlyThroughApi("quality");

    @ArchTest
    static final ArchRule chargesIsReachedOnlyThroughItsApi = onlyThroughApi("charges");

    /** The charges read reporting's attributed intake and its ReturnLocked event, through its api; no other module reads it. */
    @ArchTest
    static final ArchRule reportingIsReachedOnlyThroughItsApi = onlyThroughApi("reporting");

    @ArchTest
    static final ArchRule reportingIsReachedByNobodyButTheCharges = noClasses()
            .that().resideOutsideOfPackages("net.wastenet.reporting..", "net.wastenet.app..", "net.wastenet.charges..")
            .should().dependOnClassesThat().resideInAPackage("net.wastenet.reporting..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theAppSeesNoModulesInsides = noClasses()
            .that().resideInAPackage("net.wastenet.app..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "..infrastructure..");

    @ArchTest
    static final ArchRule domainsKnowNothingOfTheLayersAroundThem = noClasses()
            .that().resideInAPackage("net.wastenet.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..rest..", "..infrastructure..",
                    "jakarta.ws.rs..", "jakarta.transaction..", "jakarta.enterprise..");

    @ArchTest
    static final ArchRule resourcesAreThinAndNeverTouchPersistence = noClasses()
            .that().resideInAPackage("net.wastenet.*.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..domain..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule resourcesNeverTouchPersistenceOrEntitiesInAnyModuleTheAppIncluded = noClasses()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .because("resources read the request, call one use case and answer; the app's own parts keep the borders too");

    @ArchTest
    static final ArchRule kindsAreAskedNotSpeltOutInUseCasesOrResources = noClasses()
            .that().resideInAnyPackage("..application..", "..rest..", "net.wastenet.app..").and().areNotEnums()
            .should(holdAKindsNameAsAString())
            .because("facility and source kinds cross modules as the enums their module publishes, asked what they count as");

    /**
     * A class that holds the name of a facility or source kind as a string constant (to compare a kind
     * with it, most likely), read from the class file's constant pool.
     */
    static ArchCondition<JavaClass> holdAKindsNameAsAString() {
        Set<String> names = new java.util.HashSet<>();
        for (FacilityKind k : FacilityKind.values()) {
            names.add(k.name());
        }
        for (SourceKind k : SourceKind.values()) {
            names.add(k.name());
        }
        return new ArchCondition<>("hold the name of a facility or source kind as a string") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (String constant : ClassConstants.strings(c)) {
                    if (names.contains(constant)) {
                        events.add(SimpleConditionEvent.satisfied(c, c.getName() + " holds the string \"" + constant + "\""));
                    }
                }
            }
        };
    }

    /** Classes outside the module use only its api package; the app may also start its demo loader. */
    static ArchRule onlyThroughApi(String module) {
        String inside = "net.wastenet." + module + "..";
        DescribedPredicate<JavaClass> insides = resideInAPackage(inside)
                .and(resideOutsideOfPackage("net.wastenet." + module + ".api.."));
        return noClasses()
                .that().resideOutsideOfPackages(inside, "net.wastenet.app..")
                .should().dependOnClassesThat(insides.as("the insides of " + module + " (anything but its api)"))
                .allowEmptyShould(true)
                .because("modules talk through a small api package: ids and records cross the border, entities never do");
    }
}

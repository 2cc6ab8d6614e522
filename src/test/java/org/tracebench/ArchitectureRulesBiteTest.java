package org.tracebench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule of ArchitectureTest fails on a deliberate breach (the *ArchViolation classes among the tests),
 * so a rule that silently stopped matching anything would be seen here.
 */
class ArchitectureRulesBiteTest {

    private static final JavaClasses BREACHES = new ClassFileImporter().importClasses(
            org.tracebench.model.ModelArchViolation.class,
            org.tracebench.cases.CasesArchViolation.class,
            org.tracebench.cases.CasesArchViolation.ThingRepository.class,
            org.tracebench.store.StoreArchViolation.class,
            org.tracebench.graph.GraphFxArchViolation.class,
            org.tracebench.ui.calls.CallsCycleArchViolation.class,
            org.tracebench.ui.cases.CasesCycleArchViolation.class,
            org.tracebench.ui.cases.DatabaseArchViolation.class);

    @Test
    void modelRuleCatchesJdbcInTheModel() {
        assertCaught(ArchitectureTest.MODEL_DEPENDS_ON_THE_JDK_ONLY, "ModelArchViolation", "java.sql.Connection");
    }

    @Test
    void layerRuleCatchesAnUnnamedArrowBetweenCapabilities() {
        assertCaught(ArchitectureTest.LAYERS, "CasesArchViolation", "LetterService");
    }

    @Test
    void faceRuleCatchesAScreenHoldingTheDatabase() {
        assertCaught(ArchitectureTest.FACES_NEVER_HOLD_THE_DATABASE, "DatabaseArchViolation", "store.Database");
    }

    @Test
    void javaFxRuleCatchesAServiceUsingJavaFx() {
        assertCaught(ArchitectureTest.JAVAFX_ONLY_UNDER_UI, "GraphFxArchViolation", "javafx.scene.paint.Color");
    }

    @Test
    void uiCycleRuleCatchesTwoScreensUsingEachOther() {
        assertCaught(ArchitectureTest.UI_PARTS_FREE_OF_CYCLES, "CallsCycleArchViolation", "CasesCycleArchViolation");
    }

    @Test
    void topLevelCycleRuleCatchesStoreAndCasesUsingEachOther() {
        assertCaught(ArchitectureTest.TOP_LEVEL_FREE_OF_CYCLES, "StoreArchViolation", "CasesArchViolation");
    }

    @Test
    void repositoryRuleCatchesARepositoryBuiltOutsideTheRoot() {
        assertCaught(ArchitectureTest.REPOSITORIES_BUILT_BY_THE_ROOT_ONLY, "CasesArchViolation", "ThingRepository");
    }

    @Test
    void clockRuleCatchesLocalDateNow() {
        assertCaught(ArchitectureTest.NO_SYSTEM_TIME_OUTSIDE_APP, "CasesArchViolation", "LocalDate.now()");
    }

    @Test
    void consoleRuleCatchesSystemOut() {
        assertCaught(ArchitectureTest.NO_CONSOLE_OR_JUL_IN_LOGIC, "CasesArchViolation", "System.out");
    }

    private static void assertCaught(ArchRule rule, String... mentioned) {
        EvaluationResult result = rule.evaluate(BREACHES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(mentioned);
    }
}

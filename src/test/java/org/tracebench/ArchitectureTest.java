package org.tracebench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tracebench");

    @Test
    void modelKnowsNothingOfJavaFxSqlOrOtherLayers() {
        noClasses().that().resideInAPackage("org.tracebench.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.tracebench.store..", "org.tracebench.ui..", "org.tracebench.cli..", "org.tracebench.ingest..",
                        "org.tracebench.graph..", "org.tracebench.letters..", "org.tracebench.sheets..")
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnTheUserInterfaces() {
        noClasses().that().resideOutsideOfPackages("org.tracebench.ui..", "org.tracebench")
                .should().dependOnClassesThat().resideInAnyPackage("org.tracebench.ui..", "javafx..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.tracebench.cli..", "org.tracebench")
                .should().dependOnClassesThat().resideInAPackage("org.tracebench.cli..")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.tracebench.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

package org.tracebench;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The law of the layers, written from the intended shape (docs/architecture.md), not from the packages that
 * happen to exist: a new package falls under a rule by where it sits, and an arrow between two capabilities
 * exists only when a rule below names it. Each rule is exposed as a constant so that
 * ArchitectureRulesBiteTest can show it fails on a deliberate violation.
 */
class ArchitectureTest {

    static final String ROOT = "org.tracebench";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The services behind both faces. Arrows among them are only those named in {@link #LAYERS}. */
    static final Set<String> CAPABILITIES = Set.of("cases", "graph", "ingest", "letters", "rmd", "samples", "sheets", "transfer");

    /** The model is plain records and rules: the JDK and nothing else. */
    static final ArchRule MODEL_DEPENDS_ON_THE_JDK_ONLY = classes().that().resideInAPackage(ROOT + ".model..")
            .should().onlyDependOnClassesThat(describe("are in the JDK or the model",
                    (JavaClass type) -> type.isPrimitive() || type.isArray() && type.getBaseComponentType().isPrimitive()
                            || isPlainJdk(type.getBaseComponentType().getPackageName())
                            || type.getBaseComponentType().getPackageName().startsWith(ROOT + ".model")))
            .because("the model must stay free of storage, toolkit and library types");

    /**
     * The layers from the bottom up: model and work (progress/cancel) at the base; store on the model; the call
     * table (one wording of a traced call) on the model; capabilities on store, model, work and the call table;
     * app (the composition root) on all of those; ui and cli on app, the capabilities and the records the
     * store's repositories return (see {@link #FACES_NEVER_HOLD_THE_DATABASE}); the launcher on the two faces. The named arrows between capabilities: letters and rmd ask graph's provider queries, samples
     * load through ingest's party resolution and timestamp reading.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy(describe("the root package", (JavaClass c) -> c.getPackageName().equals(ROOT)))
            .layer("Ui").definedBy(ROOT + ".ui..")
            .layer("Cli").definedBy(ROOT + ".cli..")
            .layer("App").definedBy(ROOT + ".app..")
            .layer("Cases").definedBy(ROOT + ".cases..")
            .layer("Graph").definedBy(ROOT + ".graph..")
            .layer("Ingest").definedBy(ROOT + ".ingest..")
            .layer("Letters").definedBy(ROOT + ".letters..")
            .layer("Rmd").definedBy(ROOT + ".rmd..")
            .layer("Samples").definedBy(ROOT + ".samples..")
            .layer("Sheets").definedBy(ROOT + ".sheets..")
            .layer("Transfer").definedBy(ROOT + ".transfer..")
            .layer("CallTable").definedBy(ROOT + ".calltable..")
            .layer("Store").definedBy(ROOT + ".store..")
            .layer("Work").definedBy(ROOT + ".work..")
            .layer("Model").definedBy(ROOT + ".model..")
            .whereLayer("Launcher").mayOnlyAccessLayers("Ui", "Cli")
            .whereLayer("Ui").mayOnlyAccessLayers("App", "Cases", "Graph", "Ingest", "Letters", "Rmd", "Samples", "Sheets",
                    "Transfer", "CallTable", "Store", "Work", "Model")
            .whereLayer("Cli").mayOnlyAccessLayers("App", "Cases", "Graph", "Ingest", "Letters", "Rmd", "Samples", "Sheets",
                    "Transfer", "CallTable", "Store", "Work", "Model")
            .whereLayer("App").mayOnlyAccessLayers("Cases", "Graph", "Ingest", "Letters", "Rmd", "Samples", "Sheets",
                    "Transfer", "CallTable", "Store", "Work", "Model")
            .whereLayer("Cases").mayOnlyAccessLayers("CallTable", "Store", "Work", "Model")
            .whereLayer("Graph").mayOnlyAccessLayers("CallTable", "Store", "Work", "Model")
            .whereLayer("Ingest").mayOnlyAccessLayers("CallTable", "Store", "Work", "Model")
            .whereLayer("Letters").mayOnlyAccessLayers("Graph", "CallTable", "Store", "Work", "Model")
            .whereLayer("Rmd").mayOnlyAccessLayers("Graph", "CallTable", "Store", "Work", "Model")
            .whereLayer("Samples").mayOnlyAccessLayers("Ingest", "CallTable", "Store", "Work", "Model")
            .whereLayer("Sheets").mayOnlyAccessLayers("CallTable", "Store", "Work", "Model")
            .whereLayer("Transfer").mayOnlyAccessLayers("Store", "Work", "Model")
            .whereLayer("CallTable").mayOnlyAccessLayers("Model")
            .whereLayer("Store").mayOnlyAccessLayers("Work", "Model")
            .whereLayer("Work").mayNotAccessAnyLayer()
            .whereLayer("Model").mayNotAccessAnyLayer();

    /**
     * The faces reach the store only through app: they may read the records a repository handed out by app
     * returns, name where the store is and recognise its failures, but never hold the Database itself.
     */
    static final ArchRule FACES_NEVER_HOLD_THE_DATABASE = noClasses().that().resideInAnyPackage(ROOT + ".ui..", ROOT + ".cli..")
            .should().dependOnClassesThat(describe("are the store's database or its JDBC helpers",
                    (JavaClass c) -> c.getPackageName().equals(ROOT + ".store")
                            && Set.of("Database", "Jdbc", "SqlWork").contains(c.getSimpleName())));

    /** Only JavaFX screens may touch JavaFX; the services serve the batch commands too. */
    static final ArchRule JAVAFX_ONLY_UNDER_UI = noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /**
     * No cycles among the window's parts: the shell (root ui package) builds the screens, the screens use the
     * shared parts, and no part reaches back up.
     */
    static final ArchRule UI_PARTS_FREE_OF_CYCLES = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (!name.startsWith(ROOT + ".ui")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring((ROOT + ".ui").length());
            int next = rest.indexOf('.', 1);
            return SliceIdentifier.of(rest.isEmpty() ? "ui" : "ui" + (next < 0 ? rest : rest.substring(0, next)));
        }

        @Override
        public String getDescription() {
            return "the ui package and each of its sub-packages";
        }
    }).should().beFreeOfCycles();

    /** The top-level packages, capabilities included, are free of cycles. */
    static final ArchRule TOP_LEVEL_FREE_OF_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    /** Repositories (and the audit log) are built once, by the composition root. */
    static final ArchRule REPOSITORIES_BUILT_BY_THE_ROOT_ONLY = noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
            .should().callConstructorWhere(describe("the constructed class is a repository or the audit log",
                    (JavaConstructorCall call) -> {
                        String owner = call.getTargetOwner().getSimpleName();
                        return owner.endsWith("Repository") || owner.equals("AuditLog");
                    }))
            .because("the root builds every repository once and hands it to the services");

    /** Time comes from the injected Clock; only the root asks the system for it. */
    static final ArchRule NO_SYSTEM_TIME_OUTSIDE_APP = noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
            .should().callMethodWhere(describe("a no-argument now() or a system clock",
                    (JavaCall<?> call) -> isSystemTime(call)))
            .because("the Clock is injected by app.Workbench, so tests and deadlines see one time");

    /** Logic logs through SLF4J; only the batch commands write their results to the terminal. */
    static final ArchRule NO_CONSOLE_OR_JUL_IN_LOGIC = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".cli..")
            .and(describe("are not the launcher", (JavaClass c) -> !c.getPackageName().equals(ROOT)))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().dependOnClassesThat(resideInAPackage("java.util.logging.."));

    /** The JDK's language, collections, time and text; not its SQL, desktop or network parts. */
    private static boolean isPlainJdk(String packageName) {
        return packageName.startsWith("java.") && !packageName.startsWith("java.sql") && !packageName.startsWith("java.awt")
                && !packageName.startsWith("java.net");
    }

    private static boolean isSystemTime(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
        if (owner.equals(Clock.class.getName())) {
            return name.startsWith("system");
        }
        return name.equals("now") && noArguments && (owner.equals(LocalDate.class.getName())
                || owner.equals(Instant.class.getName()) || owner.equals(LocalDateTime.class.getName())
                || owner.equals(ZonedDateTime.class.getName()) || owner.equals(OffsetDateTime.class.getName()));
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        MODEL_DEPENDS_ON_THE_JDK_ONLY.check(CLASSES);
    }

    @Test
    void eachLayerReachesOnlyTheLayersBelowItAndTheNamedArrows() {
        LAYERS.check(CLASSES);
    }

    @Test
    void facesNeverHoldTheDatabase() {
        FACES_NEVER_HOLD_THE_DATABASE.check(CLASSES);
    }

    @Test
    void javaFxOnlyUnderUi() {
        JAVAFX_ONLY_UNDER_UI.check(CLASSES);
    }

    @Test
    void uiPartsAreFreeOfCycles() {
        UI_PARTS_FREE_OF_CYCLES.check(CLASSES);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        TOP_LEVEL_FREE_OF_CYCLES.check(CLASSES);
    }

    @Test
    void repositoriesAreBuiltByTheRootOnly() {
        REPOSITORIES_BUILT_BY_THE_ROOT_ONLY.check(CLASSES);
    }

    @Test
    void systemTimeOnlyInApp() {
        NO_SYSTEM_TIME_OUTSIDE_APP.check(CLASSES);
    }

    @Test
    void noConsoleOrJavaUtilLoggingInLogic() {
        NO_CONSOLE_OR_JUL_IN_LOGIC.check(CLASSES);
    }
}

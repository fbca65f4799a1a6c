package se.ukrapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of architecture.md, measured on the compiled classes: data flows one way
 * through the stages (ingest → normalize → store → aggregate/targets → render), every
 * stage shares records only through {@code domain}, which depends on nothing of ours, and
 * no two stages depend on each other in a cycle. The re-run feature sits above rendering;
 * config and app wire everything. The live preview sits beside app, which drives it: it
 * knows the program only through its own {@code Preview.Session} interface.
 */
class StageDependencyTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.ukrapport");
    }

    @Test
    void noCycleBetweenStages() {
        slices().matching("se.ukrapport.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that()
            .resideInAPackage("se.ukrapport.domain..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("se.ukrapport.domain..", "java..")
            .check(classes);
    }

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("se.ukrapport..")
            .layer("entry")
            .definedBy("se.ukrapport")
            .layer("app")
            .definedBy("se.ukrapport.app..")
            .layer("preview")
            .definedBy("se.ukrapport.preview..")
            .layer("config")
            .definedBy("se.ukrapport.config..")
            .layer("rerun")
            .definedBy("se.ukrapport.rerun..")
            .layer("render")
            .definedBy("se.ukrapport.render..")
            .layer("aggregate")
            .definedBy("se.ukrapport.aggregate..")
            .layer("targets")
            .definedBy("se.ukrapport.targets..")
            .layer("store")
            .definedBy("se.ukrapport.store..")
            .layer("normalize")
            .definedBy("se.ukrapport.normalize..")
            .layer("ingest")
            .definedBy("se.ukrapport.ingest..")
            .layer("support")
            .definedBy("se.ukrapport.support..")
            .layer("domain")
            .definedBy("se.ukrapport.domain..")
            .whereLayer("entry")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("app")
            .mayOnlyBeAccessedByLayers("entry")
            .whereLayer("preview")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("config")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("rerun")
            .mayOnlyBeAccessedByLayers("app", "config")
            .whereLayer("render")
            .mayOnlyBeAccessedByLayers("app", "config", "rerun")
            .whereLayer("aggregate")
            .mayOnlyBeAccessedByLayers("app", "config")
            .whereLayer("targets")
            .mayOnlyBeAccessedByLayers("app", "config", "render")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("app", "config", "rerun", "aggregate")
            .whereLayer("normalize")
            .mayOnlyBeAccessedByLayers("app", "config", "store")
            .whereLayer("ingest")
            .mayOnlyBeAccessedByLayers("app", "config", "rerun", "targets", "normalize")
            .whereLayer("support")
            .mayOnlyBeAccessedByLayers("entry", "app", "preview", "config", "rerun", "render", "aggregate", "targets",
                    "store", "normalize", "ingest")
            .check(classes);
    }

    @Test
    void previewKnowsNothingOfTheRunButItsSession() {
        noClasses().that()
            .resideInAPackage("se.ukrapport.preview..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("se.ukrapport.preview..", "se.ukrapport.support..", "java..", "javax..",
                    "com.sun.net.httpserver..")
            .check(classes);
    }

    @Test
    void renderingReadsNeitherInputNorStore() {
        noClasses().that()
            .resideInAPackage("se.ukrapport.render..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("se.ukrapport.ingest..", "se.ukrapport.normalize..", "se.ukrapport.store..",
                    "se.ukrapport.app..", "se.ukrapport.aggregate..")
            .check(classes);
    }

}

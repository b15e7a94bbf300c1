package org.noticeboard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: cli → build → stages → model; nothing depends on cli. */
class DependencyRulesTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.noticeboard");
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.noticeboard.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.noticeboard.cli..")
                .check(classes);
    }

    @Test
    void stagesDoNotDependOnTheBuildThatRunsThem() {
        noClasses().that().resideOutsideOfPackages("org.noticeboard.cli..",
                        "org.noticeboard.build..", "org.noticeboard.serve..")
                .should().dependOnClassesThat().resideInAPackage("org.noticeboard.build..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoStage() {
        noClasses().that().resideInAPackage("org.noticeboard.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.noticeboard.cli..", "org.noticeboard.build..",
                        "org.noticeboard.config..", "org.noticeboard.source..",
                        "org.noticeboard.parse..", "org.noticeboard.schema..",
                        "org.noticeboard.validate..", "org.noticeboard.assemble..",
                        "org.noticeboard.render..", "org.noticeboard.publish..",
                        "org.noticeboard.check..", "org.noticeboard.markdown..")
                .check(classes);
    }

    @Test
    void diagnosticsDependOnNothingElse() {
        noClasses().that().resideInAPackage("org.noticeboard.diag..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.noticeboard.diag..", "java..")
                .check(classes);
    }

    /** Each top-level package (a stage or an output) is a slice; no two depend on each other. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.noticeboard.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void templatesSeeViewsNotTheRenderInternals() {
        noClasses().that().resideInAPackage("org.noticeboard.render.view..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.noticeboard.build..", "org.noticeboard.publish..",
                        "org.noticeboard.parse..", "org.noticeboard.source..")
                .check(classes);
    }
}

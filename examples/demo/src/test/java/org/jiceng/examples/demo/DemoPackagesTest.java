package org.jiceng.examples.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo teaches integrators how to lay out a job on the SDK, so its own packages are layered: the
 * pipeline runs the steps and turns their results into the report model; the report package only renders
 * that model (HTML, SVG map, charts) and never reaches back into the pipeline.
 */
class DemoPackagesTest {

    private static JavaClasses demo;

    @BeforeAll
    static void importDemo() {
        demo = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jiceng.examples.demo");
    }

    static ArchRule reportDoesNotUsePipeline() {
        return noClasses().that().resideInAPackage("org.jiceng.examples.demo.report..")
                .should().dependOnClassesThat().resideInAPackage("org.jiceng.examples.demo.pipeline..")
                .because("the report renders the model the pipeline builds; a dependency back is a cycle");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("org.jiceng.examples.demo.(*)..").should().beFreeOfCycles();
    }

    @Test
    void theReportPackageDoesNotDependOnThePipeline() {
        reportDoesNotUsePipeline().check(demo);
    }

    @Test
    void theDemoPackagesHaveNoCycle() {
        noPackageCycles().check(demo);
    }
}

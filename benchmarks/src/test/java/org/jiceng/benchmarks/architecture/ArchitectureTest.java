package org.jiceng.benchmarks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jiceng.grid.archfixture.ReachesIntoCoreInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's layering, checked on the compiled classes of every module. It lives here because the
 * benchmarks module (with the testkit as a test dependency) is the one place whose class path holds
 * every SDK module. Benchmarks themselves are not an SDK module and may measure internal classes.
 */
class ArchitectureTest {

    /** SDK modules by package root; a nested root (io.xlsx) is its own module, not part of io. */
    static final List<String> MODULE_ROOTS = List.of(
            "org.jiceng.core", "org.jiceng.cases", "org.jiceng.scoring", "org.jiceng.grid", "org.jiceng.io",
            "org.jiceng.io.xlsx", "org.jiceng.store.jdbc", "org.jiceng.spark", "org.jiceng.testkit");

    private static JavaClasses sdk;

    @BeforeAll
    static void importSdk() {
        sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(MODULE_ROOTS.toArray(String[]::new));
    }

    /** The module a package belongs to: the longest module root that contains it. */
    static Optional<String> moduleOf(String packageName) {
        String best = null;
        for (String root : MODULE_ROOTS) {
            if ((packageName.equals(root) || packageName.startsWith(root + "."))
                    && (best == null || root.length() > best.length())) {
                best = root;
            }
        }
        return Optional.ofNullable(best);
    }

    private static DescribedPredicate<JavaClass> inModule(String root) {
        return DescribedPredicate.describe("in module " + root,
                c -> moduleOf(c.getPackageName()).filter(root::equals).isPresent());
    }

    private static DescribedPredicate<JavaClass> inAnotherSdkModule(String root) {
        return DescribedPredicate.describe("in an SDK module other than " + root,
                c -> moduleOf(c.getPackageName()).filter(m -> !m.equals(root)).isPresent());
    }

    private static DescribedPredicate<JavaClass> internalOf(String root) {
        return DescribedPredicate.describe("in an internal package of module " + root,
                c -> inModule(root).test(c) && (c.getPackageName().contains(".internal.")
                        || c.getPackageName().endsWith(".internal")));
    }

    static List<ArchRule> internalRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (String root : MODULE_ROOTS) {
            rules.add(noClasses().that(inAnotherSdkModule(root))
                    .should().dependOnClassesThat(internalOf(root))
                    .allowEmptyShould(true)
                    .because(String.format(Locale.ROOT, "the internal packages of %s are not API", root)));
        }
        return rules;
    }

    static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_OURS = noClasses()
            .that().resideInAPackage("org.jiceng.core..")
            .should().dependOnClassesThat(DescribedPredicate.describe("in org.jiceng outside org.jiceng.core",
                    c -> c.getPackageName().startsWith("org.jiceng.")
                            && !moduleOf(c.getPackageName()).filter("org.jiceng.core"::equals).isPresent()))
            .because("sdk-core is the base every module builds on");

    static final ArchRule ONLY_PLUGINS_LOADS_SERVICES = noClasses()
            .that(DescribedPredicate.describe("are not org.jiceng.core.spi.Plugins (or its nested classes)",
                    c -> !c.getName().equals("org.jiceng.core.spi.Plugins")
                            && !c.getName().startsWith("org.jiceng.core.spi.Plugins$")))
            .should().dependOnClassesThat().belongToAnyOf(ServiceLoader.class)
            .because("plugins load only through org.jiceng.core.spi.Plugins");

    @Test
    void everyModuleIsImported() {
        for (String root : MODULE_ROOTS) {
            assertThat(sdk.stream().anyMatch(inModule(root)))
                    .as("classes of module %s on the class path", root).isTrue();
        }
    }

    @Test
    void coreDependsOnNoOtherJicengModule() {
        CORE_DEPENDS_ON_NOTHING_OF_OURS.check(sdk);
    }

    @Test
    void noModuleUsesAnotherModulesInternalPackages() {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : internalRules()) {
            var result = rule.evaluate(sdk);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        assertThat(failures).as("internal packages used across modules").isEmpty();
    }

    @Test
    void onlyPluginsCallsServiceLoader() {
        ONLY_PLUGINS_LOADS_SERVICES.check(sdk);
    }

    @Test
    void thereIsOneRecordKindAndItIsInTheCoreModel() {
        assertThat(sdk.stream().filter(c -> c.getSimpleName().equals("RecordKind")).map(JavaClass::getName))
                .containsExactly("org.jiceng.core.model.RecordKind");
    }

    @Test
    void aModuleReachingIntoCoreInternalIsReported() {
        JavaClasses withFixture = new ClassFileImporter().importClasses(ReachesIntoCoreInternal.class);
        ArchRule coreInternal = internalRules().get(MODULE_ROOTS.indexOf("org.jiceng.core"));

        assertThatThrownBy(() -> coreInternal.check(withFixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReachesIntoCoreInternal.class.getName());
        assertThatThrownBy(() -> ONLY_PLUGINS_LOADS_SERVICES.check(withFixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ServiceLoader");
    }

    @Test
    void nestedModuleRootsAreTheirOwnModules() {
        assertThat(moduleOf("org.jiceng.io.xlsx.internal")).contains("org.jiceng.io.xlsx");
        assertThat(moduleOf("org.jiceng.io.csv")).contains("org.jiceng.io");
        assertThat(moduleOf("org.jiceng.benchmarks")).isEmpty();
    }
}

package com.salesmachine.architecture;

import com.salesmachine.SalesMachineApplication;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 §1's architecture test. Spring Modulith: every top-level package under com.salesmachine is a
 * module; verify() fails on a cycle between modules or on a use of another module's internals (a type of a
 * sub-package, or a non-public one). platform and session are open (their package-info). The contract
 * records (shared module) are the API's vocabulary, used by every layer, and left out of the analysis.
 * The floors are checked with ArchUnit: platform and session at the bottom, integration and the transports
 * at the top.
 */
class ModularityTest {

    private static final String BASE = "com.salesmachine";
    private static final String[] FEATURES = {"account", "activity", "campaigns", "dashboard", "gdpr", "integration",
            "meetings", "onboarding", "outreach", "prospects", "review", "templates"};

    private static final ApplicationModules MODULES = ApplicationModules.of(SalesMachineApplication.class,
            JavaClass.Predicates.resideInAPackage(BASE + ".contract.."));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicSurface() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains(FEATURES).contains("platform", "session", "faas");
        MODULES.verify();
    }

    @Test
    void theVerificationFailsOnACycleAndOnAReachIntoInternals() {
        // test sources on purpose: the fixture package is a small application with both faults
        ApplicationModules broken = ApplicationModules.of(BASE + ".architecture.fixture", location -> true);
        String violations = broken.detectViolations().getMessage();
        assertThat(violations).contains("Cycle").contains("orders").contains("billing")
                .contains("stock.internal.Shelf");
        assertThatThrownBy(broken::verify).isInstanceOf(Exception.class);
    }

    @Test
    void platformAndSessionDependOnNoFeature() {
        noClasses().that().resideInAnyPackage(BASE + ".platform..", BASE + ".session..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                .check(MAIN);
    }

    @Test
    void nothingBuildsOnIntegrationOrTheTransports() {
        noClasses().that().resideOutsideOfPackages(BASE + ".integration..", BASE)
                .should().dependOnClassesThat().resideInAPackage(BASE + ".integration..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages(BASE + ".faas..", BASE)
                .should().dependOnClassesThat().resideInAPackage(BASE + ".faas..")
                .check(MAIN);
    }

    private static String[] packages(String[] names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = BASE + "." + names[i] + "..";
        }
        return packages;
    }
}

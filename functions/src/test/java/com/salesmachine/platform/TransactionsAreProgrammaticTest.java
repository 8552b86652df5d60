package com.salesmachine.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spring Boot's TransactionAutoConfiguration is excluded (application.yaml; docs/architecture.md "Cold start"), so
 * {@code @Transactional} would silently do nothing: transactions are {@code TransactionalOperator}s, and no main
 * class may use the annotation-driven API.
 */
class TransactionsAreProgrammaticTest {

    private static final ArchRule NO_ANNOTATED_TRANSACTIONS = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework.transaction.annotation..")
            .because("@Transactional is not enabled (TransactionAutoConfiguration is excluded); use TransactionalOperator");

    @Test
    void noMainClassUsesTransactional() {
        NO_ANNOTATED_TRANSACTIONS.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring AOT's generated registrations (Foo__BeanDefinitions...) mirror whatever configuration the
                // last `package` saw, not code anyone writes: a stale one must not decide this rule
                .withImportOption(location -> !location.contains("__"))
                .importPackages("com.salesmachine"));
    }

    @Test
    void theRuleCatchesATransactionalMethod() {
        assertThatThrownBy(() -> NO_ANNOTATED_TRANSACTIONS.check(new ClassFileImporter().importClasses(Annotated.class)))
                .isInstanceOf(AssertionError.class);
    }

    static class Annotated {
        @Transactional
        void write() {
        }
    }
}

package com.cxops.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout rules of ARCHITECTURE.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cxops.portal");
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(main);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("com.cxops.portal.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("com.cxops.portal.base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.cxops.portal.security..", "com.cxops.portal.audit..", "com.cxops.portal.customers..",
                        "com.cxops.portal.complaints..", "com.cxops.portal.sla..", "com.cxops.portal.surveys..",
                        "com.cxops.portal.concierge..", "com.cxops.portal.reports..", "com.cxops.portal.notifications..")
                .check(main);
    }

    @Test
    void routes_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(main);
    }

    @Test
    void locked_jobs_return_nothing_as_shedlock_requires() {
        methods().that().areAnnotatedWith(SchedulerLock.class).should().haveRawReturnType(void.class).check(main);
    }

    @Test
    void nothing_reads_the_system_clock_directly() {
        noClasses().that().resideInAPackage("com.cxops.portal..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(main);
    }
}

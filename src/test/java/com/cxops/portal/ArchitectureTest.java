package com.cxops.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
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

    /**
     * Packages whose role checks are {@code @RolesAllowed} only (role-name constants or the meta-annotations in
     * base.access). Add a package once it is converted; when all are, this becomes {@code "com.cxops.portal.."}.
     */
    static final String[] ROLES_ALLOWED_ONLY = {"com.cxops.portal.."};

    private static final Pattern ROLE_SPEL = Pattern.compile(
            "\\b(hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|isAuthenticated|isFullyAuthenticated|permitAll|denyAll)\\b");

    @Test
    void role_checks_are_written_with_roles_allowed_not_spel_strings() {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaAnnotation<?>> roleSpel =
                com.tngtech.archunit.base.DescribedPredicate.describe("@PreAuthorize with a role expression",
                        a -> a.getRawType().isEquivalentTo(PreAuthorize.class)
                                && ROLE_SPEL.matcher(String.valueOf(a.get("value").orElse(""))).find());
        methods().that().areDeclaredInClassesThat().resideInAnyPackage(ROLES_ALLOWED_ONLY)
                .should().notBeAnnotatedWith(roleSpel).check(main);
        classes().that().resideInAnyPackage(ROLES_ALLOWED_ONLY).should().notBeAnnotatedWith(roleSpel).check(main);
    }

    /**
     * Classes that may read another feature's tables with their own SQL, each with the reason. Everything else reads
     * another feature's data through that feature's service or a read model the owner publishes.
     */
    static final Map<String, String> FOREIGN_TABLE_READERS = Map.ofEntries(
            Map.entry("com.cxops.portal.complaints.ComplaintQueue",
                    "the queue's page is one indexed query that filters and sorts by customer, assignee and team; "
                            + "a read through the services would be a query per row (docs/performance.md)"),
            Map.entry("com.cxops.portal.tasks.TaskQueue",
                    "a task list's page is one statement with the customer's name joined in; a read through the "
                            + "customers' service would be a second round trip per page (docs/performance.md, concierge)"),
            Map.entry("com.cxops.portal.sla.SlaClockRepository",
                    "the at-risk list and the monitor join clocks to open complaints in one query for speed"),
            Map.entry("com.cxops.portal.surveys.CampaignService",
                    "a campaign's reach is one COUNT, and its walk one keyset query per chunk, over the customers' segment "
                            + "joined to surveys' own quiet-period table; neither feature can own a query of both tables, and "
                            + "through the customers' service each customer's quiet period would be a look-up of its own"),
            Map.entry("com.cxops.portal.complaints.ComplaintRepository",
                    "SLA_FACTS reads one complaint with its customer's layer and VIP mark in one query: the SLA monitor "
                            + "asks it for every clock it decides in a tick, and a second query each would double that"));

    /**
     * Not yet converted: each reads customers' (or complaints', tasks') tables itself and should read them through
     * the owner's service or a read model the owner publishes. Remove a line when its class is converted.
     */
    static final List<String> NOT_YET_CONVERTED = List.of();

    /** Java migrations, like the SQL ones, may change any table: they run before any feature does. */
    static final String MIGRATIONS = "com.cxops.portal.base.migration";

    @Test
    void every_table_the_migrations_create_has_an_owning_feature() throws Exception {
        assertThat(TableOwnership.unowned(TableOwnership.owners(main))).isEmpty();
    }

    @Test
    void features_never_query_another_features_tables() {
        Map<String, String> owners = TableOwnership.owners(main);
        Map<String, TreeSet<String>> wrong = new TreeMap<>();
        for (var c : main) {
            String top = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
            if (FOREIGN_TABLE_READERS.containsKey(top) || NOT_YET_CONVERTED.contains(top)
                    || c.getPackageName().equals(MIGRATIONS)) {
                continue;
            }
            TreeSet<String> foreign = TableOwnership.foreignTables(c, owners);
            if (!foreign.isEmpty()) {
                wrong.put(c.getName(), foreign);
            }
        }
        assertThat(wrong).isEmpty();
    }
}

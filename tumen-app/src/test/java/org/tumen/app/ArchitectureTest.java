package org.tumen.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of STYLE habit 4: CoreNLP stays behind its adapter, and core never reaches up into the app.
 * Imported from tumen-app's test classpath so that both modules' production classes are seen at once.
 */
class ArchitectureTest {
    private static JavaClasses tumen;

    @BeforeAll
    static void import_production_classes() {
        tumen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tumen");
    }

    @Test
    void only_the_corenlp_adapter_depends_on_stanford_classes() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.tumen.core.annotate.corenlp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("edu.stanford..")
                .because("CoreNLP is quarantined behind one adapter (STYLE habit 4)")
                .check(tumen);
    }

    /** Keeps the rule above from passing vacuously: were the adapter not imported, it would see nothing to forbid. */
    @Test
    void the_corenlp_adapter_is_where_stanford_classes_are_used() {
        classes()
                .that()
                .haveSimpleName("CoreNlpAnnotator")
                .should()
                .resideInAPackage("org.tumen.core.annotate.corenlp")
                .andShould()
                .dependOnClassesThat()
                .resideInAPackage("edu.stanford..")
                .check(tumen);
    }

    @Test
    void core_does_not_depend_on_the_app() {
        noClasses()
                .that()
                .resideInAPackage("org.tumen.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tumen.app..")
                .because("modules depend downwards: app -> core")
                .check(tumen);
    }

    @Test
    void core_does_not_depend_on_the_store() {
        noClasses()
                .that()
                .resideInAPackage("org.tumen.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tumen.store..")
                .because("modules depend downwards: app -> store -> core")
                .check(tumen);
    }

    @Test
    void the_store_does_not_depend_on_the_app() {
        noClasses()
                .that()
                .resideInAPackage("org.tumen.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tumen.app..")
                .because("modules depend downwards: app -> store -> core")
                .check(tumen);
    }

    @Test
    void the_flink_job_does_not_depend_on_the_app() {
        noClasses()
                .that()
                .resideInAPackage("org.tumen.flink..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tumen.app..")
                .because("modules depend downwards: app -> flink -> store -> core")
                .check(tumen);
    }

    @Test
    void the_store_and_core_do_not_depend_on_the_flink_job() {
        noClasses()
                .that()
                .resideInAnyPackage("org.tumen.store..", "org.tumen.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.tumen.flink..", "org.apache.flink..")
                .because("Flink stays in the job's module: store and core run without it")
                .check(tumen);
    }

    /**
     * Core has no SQL (DESIGN). The app's store benchmark ({@code bench store}) loads synthetic rows with batched
     * JDBC on purpose, to reach a million events in minutes, so the rule is about core, not the app.
     */
    @Test
    void core_has_no_sql() {
        noClasses()
                .that()
                .resideInAPackage("org.tumen.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.sql..")
                .because("SQL lives in the store module (DESIGN: core has no SQL)")
                .check(tumen);
    }

    @Test
    void top_level_packages_of_core_are_free_of_cycles() {
        slices().matching("org.tumen.core.(*)..").should().beFreeOfCycles().check(tumen);
    }
}

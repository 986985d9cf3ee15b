package com.cxops.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package says "types are non-null unless marked @Nullable" (JSpecify), so a new package cannot slip out of the
 * null checks of the {@code nullcheck} profile, and Spring Data applies the same contract to repository methods.
 */
class NullMarkedPackagesTest {

    @Test
    void every_main_package_is_null_marked() {
        var packages = new TreeSet<String>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cxops.portal")) {
            packages.add(c.getPackageName());
        }
        var unmarked = new TreeSet<String>();
        for (String name : packages) {
            try {
                if (!Class.forName(name + ".package-info").isAnnotationPresent(NullMarked.class)) {
                    unmarked.add(name);
                }
            } catch (ClassNotFoundException noPackageInfo) {
                unmarked.add(name);
            }
        }
        assertThat(packages).hasSizeGreaterThan(30);
        assertThat(unmarked).isEmpty();
    }
}

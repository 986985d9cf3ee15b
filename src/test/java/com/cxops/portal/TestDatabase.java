package com.cxops.portal;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the Spring tests run on. By default H2 (MySQL mode, in memory). The Maven build runs the
 * database tests a second time with -Dportal.test.db=mariadb; that run needs PORTAL_TEST_MARIADB_URL (and _USER,
 * _PASSWORD). Without it the second run is skipped with a visible message, except under CI, where it fails.
 */
public final class TestDatabase implements ExecutionCondition {

    private static boolean warned;

    public static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty("portal.test.db"));
    }

    static String mariaDbUrl() {
        return System.getenv("PORTAL_TEST_MARIADB_URL");
    }

    static void register(DynamicPropertyRegistry registry) {
        if (isMariaDb() && mariaDbUrl() != null) {
            registry.add("spring.datasource.url", TestDatabase::mariaDbUrl);
            registry.add("spring.datasource.username", () -> env("PORTAL_TEST_MARIADB_USER", "cxops_test"));
            registry.add("spring.datasource.password", () -> env("PORTAL_TEST_MARIADB_PASSWORD", ""));
            registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!isMariaDb()) {
            return ConditionEvaluationResult.enabled("H2");
        }
        if (mariaDbUrl() != null) {
            return ConditionEvaluationResult.enabled("MariaDB at " + mariaDbUrl());
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("The MariaDB test suite must run in CI: set PORTAL_TEST_MARIADB_URL");
        }
        if (!warned) {
            warned = true;
            System.err.println("*** MariaDB suite SKIPPED: set PORTAL_TEST_MARIADB_URL=jdbc:mariadb://127.0.0.1:3306/cxops_test "
                    + "(and PORTAL_TEST_MARIADB_USER, PORTAL_TEST_MARIADB_PASSWORD) to run the database tests on MariaDB ***");
        }
        return ConditionEvaluationResult.disabled("MariaDB suite skipped: PORTAL_TEST_MARIADB_URL is not set");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

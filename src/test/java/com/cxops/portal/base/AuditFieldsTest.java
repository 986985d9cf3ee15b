package com.cxops.portal.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFieldsTest {

    private static AuditFields rule(boolean vipOnly) {
        return AuditFields.of().add("audit.detail.field.name", "Media").add("audit.detail.field.vip-only", vipOnly)
                .add("audit.detail.field.active", true);
    }

    @Test
    void a_new_record_lists_the_flags_that_are_on_and_leaves_out_those_that_are_off() {
        String created = rule(false).created("TieringRule").toString();
        assertThat(created).contains("audit.detail.field.active", "audit.detail.yes")
                .doesNotContain("audit.detail.field.vip-only").doesNotContain("audit.detail.no");
    }

    @Test
    void a_flag_turned_off_is_still_a_change() {
        String changed = rule(false).changedFrom(rule(true), "TieringRule").toString();
        assertThat(changed).contains("audit.detail.field.vip-only", "audit.detail.yes", "audit.detail.no")
                .doesNotContain("audit.detail.field.name");
    }
}

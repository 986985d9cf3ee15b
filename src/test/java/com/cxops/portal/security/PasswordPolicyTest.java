package com.cxops.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void eleven_characters_are_too_short() {
        assertThat(policy.check("li.na", "abcdefghijk")).contains("password.error.too-short");
    }

    @Test
    void twelve_characters_are_enough() {
        assertThat(policy.check("li.na", "abcdefghijkl")).isEmpty();
    }

    @Test
    void null_password_is_too_short() {
        assertThat(policy.check("li.na", null)).contains("password.error.too-short");
    }

    @Test
    void twelve_spaces_are_refused() {
        assertThat(policy.check("li.na", "            ")).contains("password.error.too-short");
    }

    @Test
    void password_containing_the_username_is_refused_whatever_the_case() {
        assertThat(policy.check("li.na", "my-LI.NA-password")).contains("password.error.contains-username");
    }

    @Test
    void the_minimum_length_is_configurable() {
        assertThat(new PasswordPolicy(20).check("x1", "abcdefghijklmnopqrs")).contains("password.error.too-short");
        assertThat(new PasswordPolicy(20).check("x1", "abcdefghijklmnopqrst")).isEmpty();
    }
}

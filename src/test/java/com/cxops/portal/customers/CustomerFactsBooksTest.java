package com.cxops.portal.customers;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the concierge reads of account managers' books through the customers' read model, and its one system act. */
class CustomerFactsBooksTest extends ComplaintTestSupport {

    @Autowired
    CustomerFacts facts;

    @Test
    void an_account_managers_book_lists_and_counts_their_customers_only() {
        long manager = staffId(newStaff(Role.VIP_MANAGER));
        long first = vipCustomer(manager);
        long second = vipCustomer(manager);
        vipCustomer(staffId(newStaff(Role.VIP_MANAGER)));

        assertThat(facts.ofAccountManager(manager)).extracting(Customer::getId).containsExactly(first, second);
        assertThat(facts.bookSizes()).containsEntry(manager, 2L);
    }

    @Test
    void the_first_account_manager_is_given_only_to_a_customer_without_one() {
        long first = staffId(newStaff(Role.VIP_MANAGER));
        long second = staffId(newStaff(Role.VIP_MANAGER));
        long customer = customer();
        Instant at = Instant.parse("2041-03-01T08:00:00Z");

        assertThat(facts.assignFirstAccountManager(customer, first, at, "system")).isTrue();
        assertThat(facts.assignFirstAccountManager(customer, second, at, "system")).isFalse();
        assertThat(facts.find(customer).orElseThrow().accountManagerId()).isEqualTo(first);
        assertThat(facts.assignFirstAccountManager(-1, first, at, "system")).isFalse();
    }

    @Test
    void vip_dates_are_read_in_id_order_after_the_cursor_and_leave_out_regular_customers() {
        long manager = staffId(newStaff(Role.VIP_MANAGER));
        long vip = vipCustomer(manager);
        long regular = customer();

        assertThat(facts.vipDatesAfter(vip - 1, false, 1)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(vip);
            assertThat(d.accountManagerId()).isEqualTo(manager);
        });
        assertThat(facts.vipDatesAfter(vip, false, 1000)).extracting(CustomerFacts.Dates::id).doesNotContain(vip, regular);
    }
}

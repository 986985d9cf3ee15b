package com.cxops.portal.operations;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintTestSupport;
import com.cxops.portal.security.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What a load balancer and a Prometheus scraper get, through the real security chain. */
class OperationsEndpointsTest extends ComplaintTestSupport {

    @Autowired
    WebApplicationContext wac;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).apply(springSecurity()).build();
    }

    @Test
    void a_load_balancer_gets_the_status_without_login_and_no_details() throws Exception {
        final var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\"").doesNotContain("mailOutbox", "db");
    }

    @Test
    void an_administrator_sees_database_outbox_and_monitor_health() throws Exception {
        final String admin = unique("ops");
        testStaff.ensure(admin, Role.ADMIN);
        final var response = mvc.perform(get("/actuator/health").with(httpBasic(admin, TestStaff.PASSWORD)))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("\"db\"", "\"mailOutbox\"", "\"pending\"", "\"slaMonitor\"");
    }

    @Test
    void metrics_need_an_administrator() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        final String agent = unique("opsagent");
        testStaff.ensure(agent, Role.AGENT);
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic(agent, TestStaff.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void prometheus_counts_complaints_created_and_the_outbox() throws Exception {
        actAs(newStaff(Role.AGENT), Role.AGENT);
        intake(customer());
        final String admin = unique("ops");
        testStaff.ensure(admin, Role.ADMIN);

        final String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, TestStaff.PASSWORD)))
                .andReturn().getResponse().getContentAsString();

        assertThat(metrics).contains("cxops_complaints_received_total{", "cxops_mail_outbox{status=\"pending\"}",
                "cxops_mail_outbox{status=\"failed\"}");
    }
}

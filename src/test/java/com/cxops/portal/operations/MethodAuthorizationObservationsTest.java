package com.cxops.portal.operations;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.ComplaintTestSupport;
import com.cxops.portal.security.TestStaff;
import com.cxops.portal.tasks.TaskService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Method-security decisions record no authorization observation; the HTTP requests' decisions still do. */
class MethodAuthorizationObservationsTest extends ComplaintTestSupport {

    @Autowired
    WebApplicationContext wac;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TaskService tasks;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).apply(springSecurity()).build();
    }

    @Test
    void a_secured_service_call_records_no_authorization_observation() {
        long before = decisions("method");
        actAsNew(Role.VIP_MANAGER);

        for (int i = 0; i < 3; i++) {
            assertThat(tasks.myTasks(PageRequest.of(0, 50)).getContent()).isEmpty();
        }

        assertThat(decisions("method")).isEqualTo(before);
    }

    @Test
    void an_http_request_still_records_its_authorization_decision() throws Exception {
        final String admin = unique("obsadmin");
        testStaff.ensure(admin, Role.ADMIN);
        long before = decisions("request");

        assertThat(mvc.perform(get("/actuator/metrics").with(httpBasic(admin, TestStaff.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isEqualTo(401);

        assertThat(decisions("request")).isEqualTo(before + 2);
    }

    /** Decisions recorded by the {@code spring.security.authorizations} timer for one kind of secured object. */
    private long decisions(String object) {
        return meters.find(MethodAuthorizationObservations.AUTHORIZATIONS).tag("spring.security.object", object)
                .timers().stream().mapToLong(Timer::count).sum();
    }
}

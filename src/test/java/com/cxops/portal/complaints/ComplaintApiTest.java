package com.cxops.portal.complaints;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintApiTest extends ComplaintTestSupport {

    @Autowired
    WebApplicationContext wac;
    @Autowired
    JdbcTemplate jdbc;
    MockMvc mvc;

    /**
     * The controller's behaviour, as an integration principal "api:shop" with ROLE_INTEGRATION and without the HTTP
     * filter chain (ComplaintApiKeyTest covers the API-key chain); the service's method security still applies.
     */
    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).build();
        integration();
    }

    private void integration() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("api:shop", null,
                List.of(new SimpleGrantedAuthority("ROLE_INTEGRATION"))));
    }

    private String body(String customerExternalId, String subject) {
        return """
                {"customerExternalId": "%s", "channel": "SOCIAL_MEDIA", "category": "LATE_DELIVERY",
                 "subject": "%s", "description": "Posted on Weibo that the parcel is a week late", "spreadRisk": "PUBLIC_POST"}
                """.formatted(customerExternalId, subject);
    }

    @Test
    void integration_creates_a_complaint_and_gets_its_number_and_tier() throws Exception {
        String customer = customers.externalId(customer());
        mvc.perform(post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content(body(customer, "Parcel late")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("CX-")))
                .andExpect(jsonPath("$.tier").value("URGENT"))
                .andExpect(jsonPath("$.tierReason").value("Urgent: public post; public post (text)"))
                .andExpect(jsonPath("$.status").value("NEW"));
        ComplaintRow latest = asManager(() -> service.page(byText("Parcel late", customer), java.time.ZoneOffset.UTC,
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst());
        mvc.perform(get("/api/complaints/" + latest.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(latest.number()))
                .andExpect(jsonPath("$.tier").value("URGENT"));
    }

    private ComplaintFilter byText(String text, String customerExternalId) {
        ComplaintFilter f = new ComplaintFilter();
        f.setText(text);
        f.setCustomerId(jdbc.queryForObject("SELECT id FROM customer WHERE external_id = ?", Long.class, customerExternalId));
        return f;
    }

    @Test
    void replay_with_the_same_idempotency_key_returns_the_first_complaint_and_creates_no_second() throws Exception {
        String customer = customers.externalId(customer());
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/api/complaints")
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body(customer, "Once")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/complaints")
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body(customer, "Once")))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", Integer.class, key)).isEqualTo(1);
    }

    @Test
    void bad_payload_gives_problem_details_per_field() throws Exception {
        mvc.perform(post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerExternalId\": \"nobody-" + UUID.randomUUID() + "\", \"subject\": \"\", \"description\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content -> assertThat(content.getResponse().getContentType()).contains("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'customerExternalId')].code").value("complaint.error.customer"))
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')].code").value("complaint.error.subject"))
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message").value("Choose the channel the complaint came in by."));
    }

    @Test
    void unknown_enum_value_or_broken_json_is_a_malformed_request() throws Exception {
        mvc.perform(post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"channel\": \"PIGEON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void too_long_idempotency_key_is_refused_with_its_limit_and_nothing_is_saved() throws Exception {
        String customer = customers.externalId(customer());
        String subject = "Key " + UUID.randomUUID();
        mvc.perform(post("/api/complaints")
                        .header("Idempotency-Key", "k".repeat(Complaint.IDEMPOTENCY_KEY_MAX + 1)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(customer, subject)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"))
                .andExpect(jsonPath("$.errors[0].code").value("form.too-long"))
                .andExpect(jsonPath("$.errors[0].message").value("Too long: at most 100 characters."));
        mvc.perform(post("/api/complaints")
                        .header("Idempotency-Key", "k\u0007ey").contentType(MediaType.APPLICATION_JSON).content(body(customer, subject)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"))
                .andExpect(jsonPath("$.errors[0].code").value("error.text.control"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void idempotency_key_at_its_limit_is_kept_and_a_blank_one_means_no_key() throws Exception {
        String customer = customers.externalId(customer());
        String key = UUID.randomUUID() + "k".repeat(Complaint.IDEMPOTENCY_KEY_MAX - 36);
        mvc.perform(post("/api/complaints")
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body(customer, "At the limit")))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", Integer.class, key)).isEqualTo(1);
        String subject = "Blank key " + UUID.randomUUID();
        mvc.perform(post("/api/complaints")
                        .header("Idempotency-Key", "  ").contentType(MediaType.APPLICATION_JSON).content(body(customer, subject)))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE subject = ? AND idempotency_key IS NULL",
                Integer.class, subject)).isEqualTo(1);
    }

    @Test
    void staff_without_the_integration_role_are_forbidden() throws Exception {
        String customer = customers.externalId(customer());
        actAsNew(com.cxops.portal.base.Role.AGENT);
        mvc.perform(post("/api/complaints")
                        .contentType(MediaType.APPLICATION_JSON).content(body(customer, "x")))
                .andExpect(status().isForbidden());
    }

    @Test
    void two_calls_with_one_idempotency_key_at_the_same_moment_create_one_complaint() throws Exception {
        String customer = customers.externalId(customer());
        String key = UUID.randomUUID().toString();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(pool.submit(() -> {
                integration();
                start.await();
                try {
                    return mvc.perform(post("/api/complaints").header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(body(customer, "Twice at once"))).andReturn().getResponse().getStatus();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var call : calls) {
            statuses.add(call.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", Integer.class, key)).isEqualTo(1);
    }
}

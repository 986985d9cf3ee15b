package com.cxops.portal.complaints;

import com.cxops.portal.base.Role;
import com.cxops.portal.security.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complaints API through the real HTTP security chain: an integration's API key, or a 401 problem. */
class ComplaintApiKeyTest extends ComplaintTestSupport {

    @Autowired
    WebApplicationContext wac;
    @Autowired
    ApiKeyService apiKeys;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).apply(springSecurity()).build();
    }

    private String body(String customerExternalId) {
        return """
                {"customerExternalId": "%s", "channel": "APP", "category": "LATE_DELIVERY",
                 "subject": "Parcel late", "description": "Ordered a week ago", "spreadRisk": "PRIVATE"}
                """.formatted(customerExternalId);
    }

    private ApiKeyService.CreatedKey newKey() {
        actAsNew(Role.ADMIN);
        ApiKeyService.CreatedKey key = apiKeys.create(unique("shop"));
        SecurityContextHolder.clearContext();
        return key;
    }

    @Test
    void a_valid_api_key_creates_a_complaint() throws Exception {
        String customer = customers.externalId(customer());
        String key = newKey().key();
        mvc.perform(post("/api/complaints").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(body(customer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").isString());
    }

    @Test
    void a_missing_key_is_refused_with_a_problem() throws Exception {
        String customer = customers.externalId(customer());
        mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(body(customer)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_revoked_key_is_refused() throws Exception {
        String customer = customers.externalId(customer());
        ApiKeyService.CreatedKey created = newKey();
        actAsNew(Role.ADMIN);
        apiKeys.revoke(created.apiKey().getId(), created.apiKey().getVersion());
        SecurityContextHolder.clearContext();
        mvc.perform(post("/api/complaints").header("X-API-Key", created.key()).contentType(MediaType.APPLICATION_JSON).content(body(customer)))
                .andExpect(status().isUnauthorized());
    }
}

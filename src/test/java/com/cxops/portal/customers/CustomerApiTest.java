package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.security.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomerApiTest extends SpringTestBase {

    @Autowired WebApplicationContext wac;
    @Autowired ApiKeyService keys;
    @Autowired CustomerRepository customers;
    @Autowired OrderRepository orders;

    MockMvc mvc;
    String key;
    long keyId;
    long keyVersion;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(wac).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        actAsNew(Role.ADMIN);
        ApiKeyService.CreatedKey created = keys.create(unique("shop-").toLowerCase());
        key = created.key();
        keyId = created.apiKey().getId();
        keyVersion = created.apiKey().getVersion();
        SecurityContextHolder.clearContext();
    }

    org.springframework.test.web.servlet.ResultActions postJson(String path, String body, String apiKey) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return mvc.perform(request);
    }

    @Test
    void a_single_customer_object_is_upserted_and_audited_as_the_integration() throws Exception {
        String id = unique("C");
        postJson("/api/customers", "{\"externalId\":\"" + id + "\",\"name\":\"王芳\",\"membership\":\"GOLD\",\"registeredAt\":\"2026-01-02T03:04:05Z\"}", key)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(1));
        Customer c = customers.findByExternalId(id).orElseThrow();
        assertThat(c.getName()).isEqualTo("王芳");
        assertThat(c.getMembershipLevel()).isEqualTo(MembershipLevel.GOLD);
        assertThat(c.getUpdatedBy()).startsWith("api:shop-");
    }

    @Test
    void an_array_of_orders_is_upserted_and_a_repeat_changes_nothing() throws Exception {
        String customer = unique("C");
        postJson("/api/customers", "[{\"externalId\":\"" + customer + "\",\"name\":\"Anna\"}]", key).andExpect(status().isOk());
        String o1 = unique("O");
        String o2 = unique("O");
        String body = "[{\"externalId\":\"" + o1 + "\",\"customerExternalId\":\"" + customer + "\",\"placedAt\":\"2026-05-01T10:00:00Z\","
                + "\"amount\":12.50,\"currency\":\"CNY\",\"status\":\"PAID\"},"
                + "{\"externalId\":\"" + o2 + "\",\"customerExternalId\":\"" + customer + "\",\"placedAt\":\"2026-05-02T10:00:00Z\","
                + "\"amount\":\"99\",\"currency\":\"CNY\",\"status\":\"REFUNDED\",\"category\":\"shoes\"}]";
        postJson("/api/orders", body, key).andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(2));
        postJson("/api/orders", body, key).andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(0)).andExpect(jsonPath("$.updated").value(0));
        assertThat(orders.findByExternalId(o2).orElseThrow().getStatus()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void invalid_items_are_listed_field_by_field_and_nothing_is_saved() throws Exception {
        String good = unique("O");
        String body = "[{\"externalId\":\"" + good + "\",\"customerExternalId\":\"" + unique("nobody") + "\",\"placedAt\":\"2026-05-01T10:00:00Z\","
                + "\"amount\":-1,\"currency\":\"cny\",\"status\":\"PAID\"}]";
        postJson("/api/orders", body, key)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '[0].amount')].code").value("import.error.amount-negative"))
                .andExpect(jsonPath("$.errors[?(@.field == '[0].currency')].code").value("import.error.currency"))
                .andExpect(jsonPath("$.errors[?(@.field == '[0].customerExternalId')].code").value("import.error.unknown-customer"));
        assertThat(orders.findByExternalId(good)).isEmpty();
    }

    @Test
    void a_name_or_category_over_its_limit_says_the_limit_at_its_item_and_nothing_is_saved() throws Exception {
        String customer = unique("C");
        postJson("/api/customers", "[{\"externalId\":\"" + customer + "\",\"name\":\"" + "n".repeat(CustomerRules.NAME_MAX + 1) + "\"},"
                + "{\"externalId\":\"" + unique("C") + "\",\"name\":\"\"}]", key)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '[0].name')].code").value("form.too-long"))
                .andExpect(jsonPath("$.errors[?(@.field == '[0].name')].message").value("Too long: at most 200 characters."))
                .andExpect(jsonPath("$.errors[?(@.field == '[1].name')].code").value("customer.error.name"));
        assertThat(customers.findByExternalId(customer)).isEmpty();
        postJson("/api/customers", "[{\"externalId\":\"" + customer + "\",\"name\":\"Anna\"}]", key).andExpect(status().isOk());
        String order = unique("O");
        postJson("/api/orders", "[{\"externalId\":\"" + order + "\",\"customerExternalId\":\"" + customer + "\",\"placedAt\":\"2026-05-01T10:00:00Z\","
                + "\"amount\":1,\"currency\":\"CNY\",\"status\":\"PAID\",\"category\":\"" + "c".repeat(CustomerRules.CATEGORY_MAX + 1) + "\"}]", key)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].category"))
                .andExpect(jsonPath("$.errors[0].code").value("form.too-long"))
                .andExpect(jsonPath("$.errors[0].message").value("Too long: at most 100 characters."));
        assertThat(orders.findByExternalId(order)).isEmpty();
    }

    @Test
    void a_wrong_type_is_reported_at_its_field() throws Exception {
        postJson("/api/orders", "{\"externalId\":\"X1\",\"placedAt\":\"last tuesday\",\"amount\":\"abc\"}", key)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].placedAt"))
                .andExpect(jsonPath("$.errors[0].code").value("api.error.type"));
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        postJson("/api/customers", "{\"externalId\": ", key)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void a_missing_key_is_a_401_problem() throws Exception {
        postJson("/api/customers", "{}", null)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void an_unknown_key_is_a_401_problem() throws Exception {
        postJson("/api/customers", "{}", "cxk_not-a-real-key").andExpect(status().isUnauthorized());
    }

    @Test
    void a_revoked_key_is_a_401_problem() throws Exception {
        actAsNew(Role.ADMIN);
        keys.revoke(keyId, keyVersion);
        SecurityContextHolder.clearContext();
        postJson("/api/customers", "{\"externalId\":\"" + unique("C") + "\",\"name\":\"A\"}", key).andExpect(status().isUnauthorized());
    }

    @Test
    void the_openapi_description_is_public() throws Exception {
        mvc.perform(get("/api/docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/customers']").exists());
    }

    @Test
    void only_admins_create_keys() {
        actAsNew(Role.MANAGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.create("shop"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_key_is_stored_only_as_its_hash() {
        actAsNew(Role.ADMIN);
        ApiKeyService.CreatedKey created = keys.create("shop-hash");
        assertThat(created.key()).startsWith("cxk_").hasSizeGreaterThan(40);
        assertThat(created.apiKey().getKeyPrefix()).isEqualTo(created.key().substring(0, 10));
        assertThat(keys.integrationOf(created.key())).contains("shop-hash");
    }
}

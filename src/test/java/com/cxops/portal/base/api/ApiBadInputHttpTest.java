package com.cxops.portal.base.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or careless input through the real HTTP stack: each wrong field reported, nothing stored (docs/bad-input.md). */
class ApiBadInputHttpTest extends ApiHttpTestBase {

    private String order(String id, String customer, String placedAt, String amount, String currency) {
        return "{\"externalId\":\"" + id + "\",\"customerExternalId\":\"" + customer + "\",\"placedAt\":\"" + placedAt
                + "\",\"amount\":" + amount + ",\"currency\":\"" + currency + "\",\"status\":\"PAID\"}";
    }

    private long customers(String externalId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id = ?", Long.class, externalId);
    }

    @Test
    void every_field_of_a_wrong_json_type_in_a_complaint_is_reported_by_name() throws Exception {
        JsonNode p = problem(post("/api/complaints", """
                {"customerExternalId": "C1", "channel": 42, "category": "NOT_A_CATEGORY", "subject": "Late",
                 "description": "x", "spreadRisk": ["PUBLIC_POST"], "affectedCount": "many"}
                """), 400);
        assertThat(fieldCode(p, "channel")).isEqualTo("api.error.enum");
        assertThat(fieldCode(p, "category")).isEqualTo("api.error.enum");
        assertThat(fieldCode(p, "spreadRisk")).isEqualTo("api.error.enum");
        assertThat(fieldCode(p, "affectedCount")).isEqualTo("api.error.type");
    }

    @Test
    void a_misspelt_or_unknown_field_is_refused_at_its_name_and_nothing_is_saved() throws Exception {
        String customer = apiCustomer();
        JsonNode p = problem(post("/api/complaints", """
                {"customerExternalId": "%s", "channel": "EMAIL", "category": "LATE_DELIVERY", "subject": "Late",
                 "descripton": "The parcel is a week late", "priority": "HIGH"}
                """.formatted(customer)), 400);
        assertThat(fieldCode(p, "descripton")).isEqualTo("api.error.unknown-field");
        assertThat(fieldCode(p, "priority")).isEqualTo("api.error.unknown-field");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint c JOIN customer u ON u.id = c.customer_id "
                + "WHERE u.external_id = ?", Long.class, customer)).isZero();

        String fresh = unique("UF");
        p = problem(post("/api/customers", "[{\"externalId\":\"" + fresh + "\",\"name\":\"Lin\",\"mail\":\"lin@example.com\"}]"), 400);
        assertThat(fieldCode(p, "[0].mail")).isEqualTo("api.error.unknown-field");
        assertThat(customers(fresh)).isZero();

        String id = String.valueOf(json.readTree(post("/api/complaints", complaintJson(customer, "Late")).body()).get("id").asLong());
        p = problem(post("/api/complaints/" + id + "/statements", "{\"channel\":\"WEIBO\",\"text\":\"Sorry\","
                + "\"publishedBy\":\"PR\",\"publishedAt\":\"" + clock.instant() + "\",\"url\":\"https://weibo.com/1\"}"), 400);
        assertThat(fieldCode(p, "url")).isEqualTo("api.error.unknown-field");
    }

    @Test
    void every_invalid_field_of_a_complaint_is_reported_not_just_the_first() throws Exception {
        JsonNode p = problem(post("/api/complaints", """
                {"customerExternalId": "%s", "subject": "\\u200b\\u2060 ", "description": "a\\u0000b", "affectedCount": 0}
                """.formatted(apiCustomer())), 400);
        assertThat(fieldCode(p, "subject")).isEqualTo("complaint.error.subject");
        assertThat(fieldCode(p, "description")).isEqualTo("error.text.control");
        assertThat(fieldCode(p, "channel")).isEqualTo("complaint.error.channel");
        assertThat(fieldCode(p, "category")).isEqualTo("complaint.error.category");
        assertThat(fieldCode(p, "affectedCount")).isEqualTo("complaint.error.affected");
    }

    @Test
    void wrong_types_in_a_batch_are_reported_at_each_item_and_field() throws Exception {
        JsonNode p = problem(post("/api/orders", "[{\"externalId\":\"X1\",\"placedAt\":\"last tuesday\",\"amount\":\"abc\"},"
                + "{\"externalId\":\"X2\",\"status\":\"LOST\",\"amount\":{}}, 7]"), 400);
        assertThat(fieldCode(p, "[0].placedAt")).isEqualTo("api.error.type");
        assertThat(fieldCode(p, "[0].amount")).isEqualTo("api.error.type");
        assertThat(fieldCode(p, "[1].status")).isEqualTo("api.error.enum");
        assertThat(fieldCode(p, "[1].amount")).isEqualTo("api.error.type");
        assertThat(fieldCode(p, "[2]")).isEqualTo("api.error.not-an-object");
    }

    @Test
    void names_of_only_blank_or_invisible_characters_control_characters_and_unpaired_surrogates_are_refused() throws Exception {
        String a = unique("C"), b = unique("C"), c = unique("C"), d = unique("C");
        JsonNode p = problem(post("/api/customers", "[" + customerJson(a, "\\u3000\\u200b") + "," + customerJson(b, "Ann\\u0000a") + ","
                + customerJson(c, "Ann\\ud800a") + "," + customerJson(d, "\\u3164") + "]"), 400);
        assertThat(fieldCode(p, "[0].name")).isEqualTo("customer.error.name");
        assertThat(fieldCode(p, "[1].name")).isEqualTo("error.text.control");
        assertThat(fieldCode(p, "[2].name")).isEqualTo("error.text.control");
        assertThat(fieldCode(p, "[3].name")).isEqualTo("customer.error.name");
        assertThat(customers(a) + customers(b) + customers(c) + customers(d)).isZero();
    }

    @Test
    void amounts_are_stored_exactly_and_never_rounded() throws Exception {
        String customer = apiCustomer();
        // 17 integer digits and 2 decimals: beyond what a double holds exactly
        String exact = unique("O");
        assertThat(post("/api/orders", order(exact, customer, "2026-01-05T10:00:00Z", "12345678901234567.89", "CNY")).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT amount FROM customer_order WHERE external_id = ?", BigDecimal.class, exact))
                .isEqualByComparingTo("12345678901234567.89");
        String[] tooPrecise = {"0.105", "123456789012345678.00", "1e-3", "1E+20"};
        for (String amount : tooPrecise) {
            String id = unique("O");
            JsonNode p = problem(post("/api/orders", order(id, customer, "2026-01-05T10:00:00Z", amount, "CNY")), 400);
            assertThat(fieldCode(p, "[0].amount")).as(amount).isEqualTo("import.error.amount-precision");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE external_id = ?", Long.class, id)).isZero();
        }
    }

    @Test
    void order_dates_are_bounded_by_the_settings() throws Exception {
        String customer = apiCustomer();
        Instant now = clock.instant();
        String[] implausible = {"1999-12-31T23:59:59Z", now.plus(2, ChronoUnit.DAYS).toString(), "2206-05-01T00:00:00Z"};
        for (String placedAt : implausible) {
            JsonNode p = problem(post("/api/orders", order(unique("O"), customer, placedAt, "10.00", "CNY")), 400);
            assertThat(fieldCode(p, "[0].placedAt")).as(placedAt).isEqualTo("import.error.placed-at-range");
        }
        assertThat(post("/api/orders", order(unique("O"), customer, now.plus(1, ChronoUnit.HOURS).toString(), "10.00", "CNY"))
                .statusCode()).isEqualTo(200);
        // in USD: a CNY order this old would join the lifetime value of the report tests' hand-built years
        assertThat(post("/api/orders", order(unique("O"), customer, "2000-01-01T00:00:00Z", "10.00", "USD")).statusCode()).isEqualTo(200);
    }

    @Test
    void birthdays_anniversaries_and_registration_must_be_plausible() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String id = unique("C");
        JsonNode p = problem(post("/api/customers", "{\"externalId\":\"" + id + "\",\"name\":\"Anna\",\"birthday\":\"1899-12-31\","
                + "\"anniversary\":\"" + today.plusDays(3) + "\",\"registeredAt\":\"" + clock.instant().plus(3, ChronoUnit.DAYS) + "\"}"), 400);
        assertThat(fieldCode(p, "[0].birthday")).isEqualTo("import.error.date-range");
        assertThat(fieldCode(p, "[0].anniversary")).isEqualTo("import.error.date-range");
        assertThat(fieldCode(p, "[0].registeredAt")).isEqualTo("import.error.placed-at-range");
        assertThat(post("/api/customers", "{\"externalId\":\"" + id + "\",\"name\":\"Anna\",\"birthday\":\"1900-01-01\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void currencies_must_be_iso_4217_codes_of_money() throws Exception {
        String customer = apiCustomer();
        for (String currency : new String[]{"ABC", "usd", "XAU", "XXX", "€"}) {
            JsonNode p = problem(post("/api/orders", order(unique("O"), customer, "2026-01-05T10:00:00Z", "1.00", currency)), 400);
            assertThat(fieldCode(p, "[0].currency")).as(currency).isEqualTo("import.error.currency");
        }
        assertThat(post("/api/orders", order(unique("O"), customer, "2026-01-05T10:00:00Z", "1.00", "USD")).statusCode()).isEqualTo(200);
    }

    @Test
    void external_ids_are_case_sensitive_on_every_database() throws Exception {
        String upper = unique("CASE").toUpperCase();
        String lower = upper.toLowerCase();
        assertThat(post("/api/customers", "[" + customerJson(upper, "Upper") + "," + customerJson(lower, "Lower") + "]").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE external_id = ?", String.class, upper)).isEqualTo("Upper");
        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE external_id = ?", String.class, lower)).isEqualTo("Lower");
        String o = unique("O");
        assertThat(post("/api/orders", order(o, lower, "2026-01-05T10:00:00Z", "1.00", "CNY")).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT c.name FROM customer_order o JOIN customer c ON c.id = o.customer_id WHERE o.external_id = ?",
                String.class, o)).isEqualTo("Lower");
        JsonNode p = problem(post("/api/orders", order(unique("O"), unique("nobody"), "2026-01-05T10:00:00Z", "1.00", "CNY")), 400);
        assertThat(fieldCode(p, "[0].customerExternalId")).isEqualTo("import.error.unknown-customer");
    }

    @Test
    void statement_text_with_control_characters_is_refused() throws Exception {
        String id = String.valueOf(json.readTree(post("/api/complaints", complaintJson(apiCustomer(), "Late")).body()).get("id").asLong());
        JsonNode p = problem(post("/api/complaints/" + id + "/statements", "{\"channel\":\"WEIBO\",\"text\":\"Sorry\\u001b[31m\","
                + "\"publishedBy\":\"\\u200b\",\"publishedAt\":\"yesterday\"}"), 400);
        assertThat(fieldCode(p, "publishedAt")).isEqualTo("api.error.type");
        p = problem(post("/api/complaints/" + id + "/statements", "{\"channel\":\"WEIBO\",\"text\":\"Sorry\\u001b[31m\","
                + "\"publishedBy\":\"\\u200b\",\"publishedAt\":\"" + clock.instant() + "\"}"), 400);
        assertThat(fieldCode(p, "text")).isEqualTo("error.text.control");
        assertThat(fieldCode(p, "publishedBy")).isEqualTo("sla.statement.error.by");
    }
}

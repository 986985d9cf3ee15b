package com.cxops.portal.base.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys belong to the integration that sent them, and each integration reads only its own complaints. */
class ApiIdempotencyHttpTest extends ApiHttpTestBase {

    private HttpResponse<String> complaint(String apiKey, String idempotencyKey, String body) throws Exception {
        return send("POST", "/api/complaints", body, apiKey, "Idempotency-Key", idempotencyKey);
    }

    @Test
    void the_same_idempotency_key_from_two_integrations_creates_two_complaints() throws Exception {
        String customer = apiCustomer();
        String otherKey = newKey(unique("crm").toLowerCase());
        String idem = UUID.randomUUID().toString();
        HttpResponse<String> mine = complaint(key, idem, complaintJson(customer, "Mine"));
        HttpResponse<String> theirs = complaint(otherKey, idem, complaintJson(customer, "Theirs"));
        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        long myId = json.readTree(mine.body()).get("id").asLong();
        long theirId = json.readTree(theirs.body()).get("id").asLong();
        assertThat(myId).isNotEqualTo(theirId);
        assertThat(jdbc.queryForObject("SELECT subject FROM complaint WHERE id = ?", String.class, theirId)).isEqualTo("Theirs");
    }

    @Test
    void a_replay_with_the_same_request_returns_the_first_complaint_and_a_different_request_is_refused_with_422() throws Exception {
        String customer = apiCustomer();
        String idem = UUID.randomUUID().toString();
        HttpResponse<String> first = complaint(key, idem, complaintJson(customer, "Once"));
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> replay = complaint(key, idem, complaintJson(customer, "Once").replace("\n", " "));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(first.body());
        JsonNode p = problem(complaint(key, idem, complaintJson(customer, "Something else")), 422);
        assertThat(p.get("code").asString()).isEqualTo("api.error.idempotency-reused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", Integer.class, idem)).isEqualTo(1);
    }

    @Test
    void an_integration_reads_only_the_complaints_it_created() throws Exception {
        String customer = apiCustomer();
        long id = json.readTree(post("/api/complaints", complaintJson(customer, "Private")).body()).get("id").asLong();
        assertThat(send("GET", "/api/complaints/" + id, null, key).statusCode()).isEqualTo(200);
        String otherKey = newKey(unique("crm").toLowerCase());
        JsonNode p = problem(send("GET", "/api/complaints/" + id, null, otherKey), 404);
        assertThat(p.toString()).doesNotContain("Private");
    }
}

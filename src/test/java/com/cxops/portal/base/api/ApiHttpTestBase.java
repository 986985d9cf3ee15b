package com.cxops.portal.base.api;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.security.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API through the real HTTP stack: a server on a random port (Tomcat, every filter, both security chains)
 * and java.net.http as the client, on H2 and, in the second run, on MariaDB. One context for all API HTTP tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiHttpTestBase extends SpringTestBase {

    @LocalServerPort
    protected int port;
    @Autowired
    protected ApiKeyService apiKeys;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected JsonMapper json;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A fresh integration's key. */
    protected String key;
    protected String integration;

    @BeforeEach
    void newIntegration() {
        integration = unique("shop").toLowerCase();
        key = newKey(integration);
    }

    protected String newKey(String integrationName) {
        actAsNew(Role.ADMIN);
        try {
            return apiKeys.create(integrationName).key();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    protected HttpResponse<String> send(String method, String path, String body, String apiKey, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (apiKey != null) {
            b.header("X-API-Key", apiKey);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body, key);
    }

    /** Asserts a problem+json answer with this status and returns its body. */
    protected JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    /** The code of the field error at this field, or null. */
    protected static String fieldCode(JsonNode problem, String field) {
        for (JsonNode e : problem.get("errors")) {
            if (field.equals(e.get("field").asString())) {
                assertThat(e.get("message").asString()).isNotBlank().doesNotStartWith("!");
                return e.get("code").asString();
            }
        }
        return null;
    }

    protected String customerJson(String externalId, String name) {
        return "{\"externalId\":\"" + externalId + "\",\"name\":\"" + name + "\"}";
    }

    protected String complaintJson(String customerExternalId, String subject) {
        return """
                {"customerExternalId": "%s", "channel": "APP", "category": "LATE_DELIVERY",
                 "subject": "%s", "description": "Ordered a week ago, still not here", "spreadRisk": "PRIVATE"}
                """.formatted(customerExternalId, subject);
    }

    /** A customer created through the API with this test's key; returns its external id. */
    protected String apiCustomer() throws Exception {
        String id = unique("C");
        assertThat(post("/api/customers", customerJson(id, "Anna")).statusCode()).isEqualTo(200);
        return id;
    }
}

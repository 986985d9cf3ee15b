package com.cxops.portal.base.api;

import com.cxops.portal.SpringTestBase;
import org.junit.jupiter.api.Test;
import com.cxops.portal.base.i18n.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the running portal serves at /api/docs is the contract the tests generate their client
 * from (src/test/resources/openapi/cx-ops-portal-api.json), so neither can drift from the other. Each run saves the
 * served document as target/openapi.json, which CI lints (.ci/openapi-lint). After an intended change of the API
 * or its documentation, run this test with -Dopenapi.update=true to renew the committed copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentTest extends SpringTestBase {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/cx-ops-portal-api.json");
    static final Path SERVED = Path.of("target/openapi.json");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    BuildProperties build;
    @Autowired
    TranslationProvider i18n;

    private JsonNode served() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(response.body());
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, pretty);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, pretty);
        }
        return document;
    }

    @Test
    void the_served_document_is_the_committed_contract() throws Exception {
        ObjectNode served = (ObjectNode) served().deepCopy();
        ObjectNode committed = (ObjectNode) json.readTree(Files.readString(COMMITTED));
        // the version follows the build; everything else is the contract
        ((ObjectNode) served.get("info")).remove("version");
        ((ObjectNode) committed.get("info")).remove("version");
        assertThat(served)
                .as("/api/docs differs from %s; if the change is intended, run ApiDocumentTest with -Dopenapi.update=true "
                        + "(or copy %s there) and regenerate the client", COMMITTED, SERVED)
                .isEqualTo(committed);
    }

    @Test
    void the_document_names_the_portal_its_build_version_and_the_api_key_for_every_operation() throws Exception {
        JsonNode doc = served();
        assertThat(doc.at("/info/title").asString()).isEqualTo("CX Ops Portal API");
        assertThat(doc.at("/info/version").asString()).isEqualTo(build.getVersion());
        assertThat(doc.at("/info/description").asString()).contains("X-API-Key", "Idempotency-Key", "10 MB", "problem details");
        assertThat(doc.at("/security/0/apiKey").isArray()).isTrue();
        assertThat(doc.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-API-Key");

        List<String> operations = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode op = method.getValue();
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            assertThat(op.path("summary").asString()).as(name).isNotBlank();
            assertThat(op.path("description").asString()).as(name).isNotBlank();
            assertThat(op.path("operationId").asString()).as(name).isNotBlank();
            assertThat(op.path("tags").size()).as(name).isEqualTo(1);
            assertThat(op.path("responses").has("401")).as(name).isTrue();
            assertThat(op.path("responses").has("500")).as(name).isTrue();
        }));
        assertThat(operations).containsExactlyInAnyOrder("POST /api/customers", "POST /api/orders", "POST /api/complaints",
                "GET /api/complaints/{id}", "POST /api/complaints/{id}/statements");
        for (String kind : List.of("Customer", "Order")) {
            assertThat(doc.at("/components/schemas/" + kind + "Batch/oneOf/0/$ref").asString()).endsWith(kind + "Data");
            assertThat(doc.at("/components/schemas/" + kind + "Batch/oneOf/1/$ref").asString()).endsWith(kind + "List");
            assertThat(doc.at("/components/schemas/" + kind + "List/type").asString()).isEqualTo("array");
        }
    }

    /** 409 and 500 cannot be caused on purpose (ApiContractTest reads all others): their examples use the real texts. */
    @Test
    void the_examples_of_a_conflict_and_a_server_error_carry_the_portals_real_codes_and_texts() throws Exception {
        JsonNode doc = served();
        for (String[] response : List.of(new String[] {"Conflict", "parallelWrite", "api.error.conflict", "409"},
                new String[] {"ServerError", "unexpected", "api.error.internal", "500"})) {
            JsonNode example = doc.at("/components/responses/" + response[0] + "/content/application~1problem+json/examples/"
                    + response[1] + "/value");
            assertThat(example.get("code").asString()).isEqualTo(response[2]);
            assertThat(example.get("detail").asString()).isEqualTo(i18n.translate(Locale.ENGLISH, response[2]));
            assertThat(example.get("status").asInt()).isEqualTo(Integer.parseInt(response[3]));
        }
    }
}

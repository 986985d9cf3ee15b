package com.cxops.portal.base.api;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.settings.SettingsService;
import com.cxops.portal.client.ApiClient;
import com.cxops.portal.client.ApiException;
import com.cxops.portal.client.ApiResponse;
import com.cxops.portal.client.api.ComplaintsApi;
import com.cxops.portal.client.api.CustomersApi;
import com.cxops.portal.client.api.OrdersApi;
import com.cxops.portal.client.api.PublicStatementsApi;
import com.cxops.portal.client.model.Complaint;
import com.cxops.portal.client.model.ComplaintRequest;
import com.cxops.portal.client.model.CustomerBatch;
import com.cxops.portal.client.model.CustomerData;
import com.cxops.portal.client.model.CustomerList;
import com.cxops.portal.client.model.FieldError;
import com.cxops.portal.client.model.OrderBatch;
import com.cxops.portal.client.model.OrderData;
import com.cxops.portal.client.model.Problem;
import com.cxops.portal.client.model.Statement;
import com.cxops.portal.client.model.StatementRequest;
import com.cxops.portal.client.model.UpsertResult;
import com.cxops.portal.security.ApiKeyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The API as an integrator meets it: through a Java client generated at build time from the committed OpenAPI
 * document (which ApiDocumentTest keeps equal to the served one), against the real server. The happy path, a
 * replayed idempotent call, and every error response the document lists, each provoked and read with the client's
 * own Problem model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTest extends SpringTestBase {

    /** Errors a client cannot cause on purpose: a lost race after every retry, and an unexpected fault. */
    private static final Set<String> NOT_PROVOKED = Set.of("409", "500");

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    SettingsService settings;
    @Autowired
    JsonMapper json;

    private String newKey() {
        actAsNew(Role.ADMIN);
        String key = apiKeys.create(unique("it-")).key();
        SecurityContextHolder.clearContext();
        return key;
    }

    private ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        }
        return client;
    }

    private static CustomerData customer(String externalId, String name) {
        return new CustomerData().externalId(externalId).name(name).email(externalId.toLowerCase() + "@shop.test")
                .membership(CustomerData.MembershipEnum.GOLD);
    }

    private static ComplaintRequest complaint(String customer, String order, String subject) {
        return new ComplaintRequest().customerExternalId(customer).orderExternalId(order)
                .channel(ComplaintRequest.ChannelEnum.SOCIAL_MEDIA).category(ComplaintRequest.CategoryEnum.LATE_DELIVERY)
                .subject(subject).description("Posted on Weibo that the parcel is a week late")
                .spreadRisk(ComplaintRequest.SpreadRiskEnum.PUBLIC_POST);
    }

    private static OrderData order(String externalId, String customer) {
        return new OrderData().externalId(externalId).customerExternalId(customer)
                .placedAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0))
                .amount(new BigDecimal("399.00")).currency("CNY").status(OrderData.StatusEnum.PAID);
    }

    @Test
    void an_integration_creates_customers_orders_and_a_complaint_and_a_retry_returns_the_same_complaint() throws Exception {
        ApiClient shop = client(newKey());
        String first = unique("C"), second = unique("C"), orderId = unique("O");

        CustomerList both = new CustomerList();
        both.add(customer(first, "王芳"));
        both.add(customer(second, "Tom Chen"));
        UpsertResult created = new CustomersApi(shop).upsertCustomers(new CustomerBatch(both));
        assertThat(List.of(created.getReceived(), created.getInserted(), created.getUpdated())).containsExactly(2, 2, 0);
        UpsertResult updated = new CustomersApi(shop).upsertCustomers(new CustomerBatch(customer(first, "王芳 Wang Fang")));
        assertThat(List.of(updated.getReceived(), updated.getInserted(), updated.getUpdated())).containsExactly(1, 0, 1);

        UpsertResult orders = new OrdersApi(shop).upsertOrders(new OrderBatch(order(orderId, first)));
        assertThat(orders.getInserted()).isEqualTo(1);

        String idempotencyKey = unique("ticket-");
        ComplaintsApi complaints = new ComplaintsApi(shop);
        ApiResponse<Complaint> logged = complaints.createComplaintWithHttpInfo(complaint(first, orderId, "Parcel late"), idempotencyKey);
        assertThat(logged.getStatusCode()).isEqualTo(201);
        Complaint complaint = logged.getData();
        assertThat(logged.getHeaders().get("Location")).containsExactly("/api/complaints/" + complaint.getId());
        assertThat(complaint.getNumber()).startsWith("CX-");
        assertThat(complaint.getTier()).isEqualTo(Complaint.TierEnum.URGENT);
        assertThat(complaint.getTierReason()).startsWith("Urgent:");
        assertThat(complaint.getStatus()).isEqualTo(Complaint.StatusEnum.NEW);

        ApiResponse<Complaint> replayed = complaints.createComplaintWithHttpInfo(complaint(first, orderId, "Parcel late"), idempotencyKey);
        assertThat(replayed.getStatusCode()).isEqualTo(200);
        assertThat(replayed.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(replayed.getData().getId()).isEqualTo(complaint.getId());
        assertThat(replayed.getData().getNumber()).isEqualTo(complaint.getNumber());

        Complaint read = complaints.getComplaint(complaint.getId());
        assertThat(read.getNumber()).isEqualTo(complaint.getNumber());
        assertThat(read.getTier()).isEqualTo(complaint.getTier());

        Statement statement = new PublicStatementsApi(shop).recordStatement(complaint.getId(), new StatementRequest()
                .channel(StatementRequest.ChannelEnum.WEIBO).text("We are sorry and have sent a replacement today.")
                .publishedBy("PR desk").publishedAt(complaint.getCreatedAt()));
        assertThat(statement.getComplaintId()).isEqualTo(complaint.getId());
        assertThat(statement.getRecordedBy()).startsWith("api:it-");
    }

    /** A documented error answer: the status, the problem as the generated client reads it, and its raw JSON. */
    private record Answer(int status, String contentType, Problem problem, JsonNode body) {
    }

    private interface Call {
        void run() throws Exception;
    }

    private Answer error(Call call) throws Exception {
        try {
            call.run();
        } catch (ApiException e) {
            String type = e.getResponseHeaders().firstValue("Content-Type").orElse("");
            return new Answer(e.getCode(), type, client(null).getObjectMapper().readValue(e.getResponseBody(), Problem.class),
                    json.readTree(e.getResponseBody()));
        }
        return fail("expected an error answer");
    }

    /** For what the generated client cannot send (a wrong content type): plain HTTP. */
    private Answer raw(String key, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                client(null).getObjectMapper().readValue(response.body(), Problem.class), json.readTree(response.body()));
    }

    /** The body limit lowered for one call (restored at once), so that "too large" needs kilobytes, not megabytes. */
    private Answer tooLarge(Call call) throws Exception {
        actAsNew(Role.ADMIN);
        var setting = settings.list("api.max-body-bytes").getFirst();
        String before = setting.getValue();
        settings.update("api.max-body-bytes", "1024", setting.getVersion());
        SecurityContextHolder.clearContext();
        try {
            return error(call);
        } finally {
            actAsNew(Role.ADMIN);
            settings.update("api.max-body-bytes", before, settings.list("api.max-body-bytes").getFirst().getVersion());
            SecurityContextHolder.clearContext();
        }
    }

    private static CustomerList manyCustomers(int count) {
        CustomerList list = new CustomerList();
        for (int i = 0; i < count; i++) {
            list.add(customer(unique("C"), "Customer with a rather long name number " + i));
        }
        return list;
    }

    @Test
    void every_documented_error_is_answered_as_documented() throws Exception {
        String key = newKey();
        ApiClient shop = client(key), anonymous = client(null);
        String customerId = unique("C"), orderId = unique("O"), idempotencyKey = unique("ticket-");
        new CustomersApi(shop).upsertCustomers(new CustomerBatch(customer(customerId, "Li Na")));
        new OrdersApi(shop).upsertOrders(new OrderBatch(order(orderId, customerId)));
        long complaintId = new ComplaintsApi(shop).createComplaint(complaint(customerId, orderId, "Late"), idempotencyKey).getId();
        long othersComplaint = new ComplaintsApi(client(newKey())).createComplaint(complaint(customerId, null, "Other"), null).getId();
        StatementRequest statement = new StatementRequest().channel(StatementRequest.ChannelEnum.WEIBO).text("Sorry")
                .publishedBy("PR desk").publishedAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));

        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("upsertCustomers 400", () -> new CustomersApi(shop).upsertCustomers(new CustomerBatch(new CustomerData().externalId(unique("C")))));
        calls.put("upsertCustomers 401", () -> new CustomersApi(anonymous).upsertCustomers(new CustomerBatch(customer(unique("C"), "x"))));
        calls.put("upsertOrders 400", () -> new OrdersApi(shop).upsertOrders(new OrderBatch(order(unique("O"), unique("missing")))));
        calls.put("upsertOrders 401", () -> new OrdersApi(anonymous).upsertOrders(new OrderBatch(order(unique("O"), customerId))));
        calls.put("createComplaint 400", () -> new ComplaintsApi(shop).createComplaint(complaint(customerId, null, " "), null));
        calls.put("createComplaint 401", () -> new ComplaintsApi(anonymous).createComplaint(complaint(customerId, null, "x"), null));
        calls.put("createComplaint 422", () -> new ComplaintsApi(shop).createComplaint(complaint(customerId, orderId, "Another subject"), idempotencyKey));
        calls.put("getComplaint 401", () -> new ComplaintsApi(anonymous).getComplaint(complaintId));
        calls.put("getComplaint 404", () -> new ComplaintsApi(shop).getComplaint(othersComplaint));
        calls.put("recordStatement 400", () -> new PublicStatementsApi(shop).recordStatement(complaintId, new StatementRequest().publishedBy("PR desk")));
        calls.put("recordStatement 401", () -> new PublicStatementsApi(anonymous).recordStatement(complaintId, statement));
        calls.put("recordStatement 404", () -> new PublicStatementsApi(shop).recordStatement(Long.MAX_VALUE, statement));

        Map<String, Answer> answers = new LinkedHashMap<>();
        for (var call : calls.entrySet()) {
            answers.put(call.getKey(), error(call.getValue()));
        }
        answers.put("upsertCustomers 413", tooLarge(() -> new CustomersApi(shop).upsertCustomers(new CustomerBatch(manyCustomers(20)))));
        answers.put("upsertOrders 413", tooLarge(() -> {
            OrderData big = order(unique("O"), customerId).category("x".repeat(2000));
            new OrdersApi(shop).upsertOrders(new OrderBatch(big));
        }));
        answers.put("createComplaint 413", tooLarge(() -> new ComplaintsApi(shop).createComplaint(
                complaint(customerId, null, "Long").description("y".repeat(2000)), null)));
        answers.put("recordStatement 413", tooLarge(() -> new PublicStatementsApi(shop).recordStatement(complaintId,
                statement.text("z".repeat(2000)))));
        answers.put("upsertCustomers 415", raw(key, "/api/customers", "text/plain", "C1,Li Na"));
        answers.put("upsertOrders 415", raw(key, "/api/orders", "text/plain", "O1,C1"));
        answers.put("createComplaint 415", raw(key, "/api/complaints", "text/plain", "late parcel"));
        answers.put("recordStatement 415", raw(key, "/api/complaints/" + complaintId + "/statements", "text/plain", "sorry"));

        // the real answers, for the examples of the document
        Path saved = Path.of("target/api-errors");
        Files.createDirectories(saved);
        for (var answer : answers.entrySet()) {
            Files.writeString(saved.resolve(answer.getKey().replace(' ', '-') + ".json"), answer.getValue().body().toString());
        }
        JsonNode document = json.readTree(Files.readString(ApiDocumentTest.COMMITTED));
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String operation = method.getValue().get("operationId").asString();
            method.getValue().get("responses").properties().forEach(response -> {
                String status = response.getKey();
                if (status.startsWith("2") || NOT_PROVOKED.contains(status)) {
                    return;
                }
                String name = operation + " " + status;
                documented.add(name);
                Answer answer = answers.get(name);
                assertThat(answer).as("a call that provokes the documented %s", name).isNotNull();
                assertThat(answer.status()).as(name).isEqualTo(Integer.parseInt(status));
                assertThat(answer.contentType()).as(name).startsWith("application/problem+json");
                assertThat(answer.problem().getStatus()).as(name).isEqualTo(answer.status());
                JsonNode examples = document.at("/components/responses/" + response.getValue().get("$ref").asString()
                        .substring("#/components/responses/".length()) + "/content/application~1problem+json/examples");
                List<String> titles = new ArrayList<>();
                Set<String> codes = new HashSet<>();
                examples.forEach(example -> {
                    titles.add(example.at("/value/title").asString());
                    codes.add(example.at("/value/code").asString(""));
                    example.at("/value/errors").forEach(e -> codes.add(e.get("code").asString()));
                });
                assertThat(titles).as("the documented titles of %s", name).contains(answer.problem().getTitle());
                List<String> realCodes = answer.problem().getErrors() == null ? List.of()
                        : answer.problem().getErrors().stream().map(FieldError::getCode).toList();
                if (answer.body().has("code")) {
                    assertThat(codes).as("the documented codes of %s", name).contains(answer.body().get("code").asString());
                }
                assertThat(status.equals("400") ? !realCodes.isEmpty() : answer.body().has("code") || status.equals("401")
                        || status.equals("415")).as("%s names what is wrong: %s", name, answer.body()).isTrue();
            });
        }));
        assertThat(answers.keySet()).as("every provoked error is documented").containsExactlyInAnyOrderElementsOf(documented);
    }
}

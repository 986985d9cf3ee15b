package com.cxops.portal.customers;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.api.ApiBody;
import com.cxops.portal.base.api.ApiRetry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop pushes customers and orders here (one JSON object or an array), authenticated by its API key. Identical
 * batches sent at the same moment all succeed and leave one row per external id: a write that meets a parallel one
 * is retried (ApiRetry), and only after the bounded retries does the caller get a 409 to send again. Their OpenAPI
 * description is in base/api/ApiOperationDocs.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerApiController {

    private final CustomerIntake intake;
    private final JsonMapper json;
    private final ApiRetry retry;

    CustomerApiController(CustomerIntake intake, JsonMapper json, ApiRetry retry) {
        this.intake = intake;
        this.json = json;
        this.retry = retry;
    }

    @PostMapping(path = "/customers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = CustomerData.class)))) // the body's element type; one or many: ApiOperationDocs
    CustomerIntake.Received customers(@RequestBody JsonNode body) {
        List<CustomerData> items = items(body, CustomerData.class);
        return retry.upsert(() -> intake.receiveCustomers(items));
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = OrderData.class)))) // the body's element type; one or many: ApiOperationDocs
    CustomerIntake.Received orders(@RequestBody JsonNode body) {
        List<OrderData> items = items(body, OrderData.class);
        return retry.upsert(() -> intake.receiveOrders(items));
    }

    /** Each element converted on its own, so every wrong type is reported at its place ("[2].amount"), not as one blob. */
    private <T extends Record> List<T> items(JsonNode body, Class<T> type) {
        List<JsonNode> nodes = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(nodes::add);
        } else if (body != null && body.isObject()) {
            nodes.add(body);
        } else {
            throw InvalidInputException.of("", "api.error.malformed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            T item = ApiBody.read(json, nodes.get(i), type, "[" + i + "].", errors);
            if (item != null) {
                items.add(item);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return items;
    }
}

package com.cxops.portal.customers;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.api.ApiBody;
import com.cxops.portal.base.api.ApiRetry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * is retried (ApiRetry), and only after the bounded retries does the caller get a 409 to send again.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Shop intake", description = "Customers and orders from the shop, upserted by external id")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-API-Key")
@SecurityRequirement(name = "apiKey")
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
    @Operation(summary = "Upsert customers", description = "One customer object or an array of them. All are checked "
            + "first; if any is invalid, none is saved and the problem details list each field error as [index].field.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    array = @ArraySchema(schema = @Schema(implementation = CustomerData.class)))))
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Invalid input (problem details)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Missing, unknown or revoked API key", content = @Content(mediaType = "application/problem+json"))
    CustomerIntake.Received customers(@RequestBody JsonNode body) {
        List<CustomerData> items = items(body, CustomerData.class);
        return retry.upsert(() -> intake.receiveCustomers(items));
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upsert orders", description = "One order object or an array of them; the customers must exist. "
            + "All are checked first; if any is invalid, none is saved.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    array = @ArraySchema(schema = @Schema(implementation = OrderData.class)))))
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Invalid input (problem details)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Missing, unknown or revoked API key", content = @Content(mediaType = "application/problem+json"))
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

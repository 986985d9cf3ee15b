package com.cxops.portal.customers;

import com.cxops.portal.base.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shop pushes customers and orders here (one JSON object or an array), authenticated by its API key. Their
 * OpenAPI description is in base/api/ApiOperationDocs.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerApiController {

    private final CustomerIntake intake;
    private final JsonMapper json;

    CustomerApiController(CustomerIntake intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @PostMapping(path = "/customers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = CustomerData.class)))) // the body's element type; one or many: ApiOperationDocs
    CustomerIntake.Received customers(@RequestBody JsonNode body) {
        return intake.receiveCustomers(items(body, CustomerData.class));
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = OrderData.class)))) // the body's element type; one or many: ApiOperationDocs
    CustomerIntake.Received orders(@RequestBody JsonNode body) {
        return intake.receiveOrders(items(body, OrderData.class));
    }

    /** Each element converted on its own, so a wrong type is reported at its place ("[2].amount"), not as one blob. */
    private <T> List<T> items(JsonNode body, Class<T> type) {
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
            if (!nodes.get(i).isObject()) {
                errors.put("[" + i + "]", "api.error.not-an-object");
                continue;
            }
            try {
                items.add(json.treeToValue(nodes.get(i), type));
            } catch (DatabindException e) {
                String field = e.getPath().stream().map(r -> r.getPropertyName() == null ? "[" + r.getIndex() + "]" : r.getPropertyName())
                        .collect(Collectors.joining("."));
                errors.put("[" + i + "]." + field, "api.error.type");
            } catch (JacksonException e) {
                errors.put("[" + i + "]", "api.error.malformed");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return items;
    }
}

package com.cxops.portal.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.cxops.portal.base.api.ApiDocumentation.*;

/**
 * Summary, description, request body, every response and their headers of each API operation, and the field
 * descriptions of the request and response bodies. Applied to what springdoc built from the controllers.
 */
final class ApiOperationDocs {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";

    private ApiOperationDocs() {
    }

    static void apply(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            op.setSecurity(null); // declared once at the root
            if (op.getResponses() != null) {
                op.getResponses().values().forEach(ApiOperationDocs::jsonOnly);
            }
        }));
        batches(api);
        ApiSchemaDocs.apply(api);

        operation(api, "/api/customers", PathItem.HttpMethod.POST, op -> op
                .operationId("upsertCustomers").tags(List.of(TAG_CUSTOMERS))
                .summary("Create or update customers")
                .description("""
                        One customer object or an array of up to 1 000. Customers are matched by `externalId`: a new id \
                        creates the customer, a known one updates it; optional fields left out keep the stored value. \
                        All items are checked first: if any is invalid, none is saved, and `errors` names each wrong \
                        field as `[index].field`.""")
                .requestBody(body("CustomerBatch", "One customer or an array of customers"))
                .responses(responses("200", ok("The customers were saved", "UpsertResult"),
                        BAD_REQUEST, UNAUTHORIZED, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, SERVER_ERROR)));

        operation(api, "/api/orders", PathItem.HttpMethod.POST, op -> op
                .operationId("upsertOrders").tags(List.of(TAG_ORDERS))
                .summary("Create or update orders")
                .description("""
                        One order object or an array of up to 1 000, matched by `externalId` like customers. Each \
                        order's customer must exist (send customers first). Amounts are exact decimals; refunds come \
                        as status `REFUNDED`. All items are checked first: if any is invalid, none is saved.""")
                .requestBody(body("OrderBatch", "One order or an array of orders"))
                .responses(responses("200", ok("The orders were saved", "UpsertResult"),
                        BAD_REQUEST, UNAUTHORIZED, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, SERVER_ERROR)));

        operation(api, "/api/complaints", PathItem.HttpMethod.POST, op -> {
            op.operationId("createComplaint").tags(List.of(TAG_COMPLAINTS))
                    .summary("Log a complaint")
                    .description("""
                            Logs a complaint of a known customer. The portal numbers it (`CX-2026-000123`), tiers it \
                            from its content and spread risk (`tier`, with the reason) and starts its service-level \
                            clocks. Send an `Idempotency-Key` so that a retry after a timeout never creates a second \
                            complaint: the first call answers `201`, a replay `200` with the same complaint.""")
                    .parameters(List.of(new Parameter().$ref("#/components/parameters/IdempotencyKey")))
                    .requestBody(body("ComplaintRequest", "The complaint"));
            ApiResponse created = ok("The complaint was created", "Complaint");
            created.addHeaderObject("Location", new Header().$ref("#/components/headers/Location"));
            ApiResponse replayed = ok("A replay: the complaint created first with this Idempotency-Key", "Complaint");
            replayed.addHeaderObject("Idempotent-Replayed", new Header().$ref("#/components/headers/IdempotentReplayed"));
            ApiResponses responses = responses("201", created, BAD_REQUEST, UNAUTHORIZED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
                    UNPROCESSABLE, SERVER_ERROR);
            op.responses(new ApiResponses().addApiResponse("200", replayed).addApiResponse("201", created));
            responses.forEach((code, response) -> {
                if (!code.equals("201")) {
                    op.getResponses().addApiResponse(code, response);
                }
            });
        });

        operation(api, "/api/complaints/{id}", PathItem.HttpMethod.GET, op -> op
                .operationId("getComplaint").tags(List.of(TAG_COMPLAINTS))
                .summary("Read a complaint")
                .description("The complaint's number, tier and reason, and status, e.g. for the shop to show its progress. "
                        + "An integration reads the complaints it created; any other id is 404.")
                .parameters(List.of(complaintId()))
                .responses(responses("200", ok("The complaint", "Complaint"), UNAUTHORIZED, NOT_FOUND, SERVER_ERROR)));

        operation(api, "/api/complaints/{id}/statements", PathItem.HttpMethod.POST, op -> op
                .operationId("recordStatement").tags(List.of(TAG_STATEMENTS))
                .summary("Record a public statement")
                .description("""
                        Reports that a public statement about the complaint was published (where, a link or the \
                        text, by whom, when). It shows in the complaint's timeline and meets its public-statement \
                        target at `publishedAt`, which may not lie in the future or before the complaint.""")
                .parameters(List.of(complaintId()))
                .requestBody(body("StatementRequest", "The statement"))
                .responses(responses("201", ok("The statement was recorded", "Statement"),
                        BAD_REQUEST, UNAUTHORIZED, NOT_FOUND, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, SERVER_ERROR)));
    }

    /**
     * Customers and orders take one object or an array: both shapes, as named schemas a client can construct (the
     * array named too, so that generated clients get a type for it).
     */
    private static void batches(OpenAPI api) {
        api.getComponents().addSchemas("CustomerList", many("CustomerData", "customers"));
        api.getComponents().addSchemas("CustomerBatch", oneOrMany("CustomerData", "CustomerList", "customers"));
        api.getComponents().addSchemas("OrderList", many("OrderData", "orders"));
        api.getComponents().addSchemas("OrderBatch", oneOrMany("OrderData", "OrderList", "orders"));
    }

    private static Schema<?> many(String item, String what) {
        return new ArraySchema().items(ref(item)).minItems(1).maxItems(1000)
                .description("Several " + what + " (at most 1 000, setting customers.api.max-items)");
    }

    private static Schema<?> oneOrMany(String item, String list, String what) {
        return new Schema<>().oneOf(List.of(ref(item), ref(list))).description("One of the " + what + " or an array of them");
    }

    private static void operation(OpenAPI api, String path, PathItem.HttpMethod method, Consumer<Operation> documentation) {
        PathItem item = api.getPaths().get(path);
        Operation op = item == null ? null : item.readOperationsMap().get(method);
        if (op != null) {
            documentation.accept(op);
        }
    }

    private static Parameter complaintId() {
        return new Parameter().in("path").name("id").required(true).description("The complaint's id (`id` of its answer)")
                .schema(new io.swagger.v3.oas.models.media.IntegerSchema().format("int64").example(1042));
    }

    private static RequestBody body(String schema, String description) {
        return new RequestBody().required(true).description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(ref(schema))));
    }

    private static ApiResponse ok(String description, String schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(ref(schema))));
    }

    /** The success response and the shared error responses. */
    private static ApiResponses responses(String successCode, ApiResponse success, String... errors) {
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(successCode, success);
        Map<String, String> codes = Map.of(BAD_REQUEST, "400", UNAUTHORIZED, "401", NOT_FOUND, "404", CONFLICT, "409",
                PAYLOAD_TOO_LARGE, "413", UNSUPPORTED_MEDIA_TYPE, "415", UNPROCESSABLE, "422", SERVER_ERROR, "500");
        for (String error : errors) {
            responses.addApiResponse(codes.get(error), new ApiResponse().$ref(RESPONSES + error));
        }
        return responses;
    }

    private static Schema<?> ref(String schema) {
        return new Schema<>().$ref(SCHEMAS + schema);
    }

    /** springdoc offers any media type for bodies of methods without an explicit "produces"; the API answers JSON only. */
    private static void jsonOnly(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType media = content.remove("*/*");
            content.addMediaType(JSON, media);
        }
    }
}

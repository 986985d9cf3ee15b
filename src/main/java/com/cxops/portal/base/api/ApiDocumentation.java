package com.cxops.portal.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document served at /api/docs: what the shop's developers build their integration from. The
 * controllers keep their code free of documentation; the text, the error responses and their examples live here
 * and in {@link ApiOperationDocs}. The document must stay equal to the committed copy the tests generate a client
 * from (src/test/resources/openapi), so a change here shows up as a change of the contract.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String API_KEY_SCHEME = "apiKey";
    static final String API_KEY_HEADER = "X-API-Key";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";

    static final String TAG_CUSTOMERS = "Customers";
    static final String TAG_ORDERS = "Orders";
    static final String TAG_COMPLAINTS = "Complaints";
    static final String TAG_STATEMENTS = "Public statements";

    /** Names of the shared responses under components/responses, one per error status. */
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    static final String UNPROCESSABLE = "IdempotencyKeyReused";
    /** The longest Idempotency-Key header an integration may send (the complaint stores it: {@code Complaint.IDEMPOTENCY_KEY_MAX}). */
    public static final int IDEMPOTENCY_KEY_MAX = 100;
    static final String SERVER_ERROR = "ServerError";

    private static final String DESCRIPTION = """
            The CX Ops Portal's REST API for the shop and other systems: customers and orders flow in, complaints and \
            public statements are logged, and a complaint's number, tier and status can be read back.

            ## API keys
            Each integration has its own API key, created (and shown once) by a portal administrator under \
            *Administration → API keys*, stored only as a hash and revoked there. Send it in the `X-API-Key` header \
            of every call. A missing, unknown or revoked key is answered with `401`.

            ## Idempotency
            Customers and orders are upserted by their `externalId`: sending the same batch again changes nothing. \
            `POST /api/complaints` takes an `Idempotency-Key` header (at most 100 characters): a retry with the same \
            key returns the complaint created first (`200` with the header `Idempotent-Replayed: true`) instead of \
            creating a second one. A key belongs to the API key that sent it; reusing it with a different body is \
            answered with `422`.

            ## Limits
            A batch of customers or orders holds at most 1 000 items (setting `customers.api.max-items`); a request \
            body larger than 10 MB (setting `api.max-body-bytes`) is refused with `413` before it is read.

            ## Errors
            Every error is an RFC 9457 problem details object (`application/problem+json`) with `type`, `title`, \
            `status` and `detail`. Invalid input (`400`) lists every wrong field in `errors`, each with the `field` \
            (in batches prefixed with the item's index, e.g. `[2].amount`), a stable `code` to act on and an English \
            `message`; every other error has a stable `code` (e.g. `api.error.not-found`), and a `500` a `reference` \
            to quote to support. Nothing is written when an error is returned. A `409` means that the same records \
            were being written by another call at that moment: send the call again. An unknown path under `/api` \
            is a `404` problem too.
            """;

    @Bean
    OpenAPI portalOpenApi(ObjectProvider<BuildProperties> build,
                          @Value("${portal.api.contact-name:CX Ops Portal administrators}") String contactName,
                          @Value("${portal.api.contact-email:}") String contactEmail,
                          @Value("${portal.api.contact-url:}") String contactUrl) {
        BuildProperties properties = build.getIfAvailable();
        Contact contact = new Contact().name(contactName);
        if (!contactEmail.isBlank()) {
            contact.email(contactEmail);
        }
        if (!contactUrl.isBlank()) {
            contact.url(contactUrl);
        }
        return new OpenAPI()
                .info(new Info()
                        .title("CX Ops Portal API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description(DESCRIPTION)
                        .contact(contact)
                        .license(new License().name("Proprietary: for the company's own integrations")
                                .identifier("LicenseRef-Proprietary")))
                .servers(List.of(new Server().url("/").description("The portal this document is served by")))
                .security(List.of(new SecurityRequirement().addList(API_KEY_SCHEME)))
                .tags(List.of(
                        new Tag().name(TAG_CUSTOMERS).description("The shop's customers, upserted by their external id"),
                        new Tag().name(TAG_ORDERS).description("The shop's orders, upserted by their external id; only paid "
                                + "orders count for a customer's layer"),
                        new Tag().name(TAG_COMPLAINTS).description("Complaints logged by other systems, tiered and timed by "
                                + "the portal like those agents log"),
                        new Tag().name(TAG_STATEMENTS).description("Public statements about a complaint, reported by the "
                                + "social-media desk; one meets the complaint's public-statement target")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(API_KEY_HEADER)
                                .description("The integration's API key, from Administration → API keys"))
                        .addSchemas("Problem", problemSchema())
                        .addSchemas("FieldError", fieldErrorSchema())
                        .addParameters("IdempotencyKey", idempotencyKey())
                        .addHeaders("IdempotentReplayed", new Header()
                                .description("`true` when the answer is the replay of an earlier call with the same Idempotency-Key")
                                .schema(new StringSchema()._enum(List.of("true"))))
                        .addHeaders("Location", new Header().description("The new record's address")
                                .schema(new StringSchema().format("uri-reference")))
                        .responses(errorResponses()));
    }

    /** The per-operation part; springdoc has built the paths from the controllers by then. */
    @Bean
    OpenApiCustomizer portalOperationDocs() {
        return ApiOperationDocs::apply;
    }

    private static Parameter idempotencyKey() {
        return new HeaderParameter().name("Idempotency-Key").required(false)
                .description("Makes a retried call safe: the same key (per API key) returns the complaint created first "
                        + "instead of creating a second one; with a different body it is refused with 422.")
                .schema(new StringSchema().maxLength(IDEMPOTENCY_KEY_MAX).example("shop-ticket-48213"));
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").description("A URI naming the kind of problem; "
                + "left out, or `about:blank`, when the status says it all").example("about:blank"));
        properties.put("title", new StringSchema().description("A short summary of the kind of problem").example("Invalid input"));
        properties.put("status", new IntegerSchema().format("int32").description("The HTTP status code").example(400));
        properties.put("detail", new StringSchema().description("What went wrong in this call, in English").example("Invalid input"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request path").example("/api/complaints"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                .description("Every wrong field, for invalid input (400)"));
        properties.put("code", new StringSchema().description("A stable code for every error but invalid input, e.g. "
                + "`api.error.not-found`, `api.error.too-large`, `api.error.idempotency-reused`, `api.error.conflict`")
                .example("api.error.not-found"));
        properties.put("reference", new StringSchema().description("For a 500: the reference under which the error is in the "
                + "portal's log; quote it to support").example("0b6c2f0e-5b7e-4d43-9d4a-1f0c8f0a2b11"));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setRequired(List.of("title", "status"));
        schema.description("An RFC 9457 problem details object, the body of every error");
        return schema;
    }

    private static Schema<?> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", new StringSchema().description("The field in the request body (`[2].amount` in a batch); "
                + "empty for the request as a whole").example("subject"));
        properties.put("code", new StringSchema().description("A stable code to act on").example("complaint.error.subject"));
        properties.put("message", new StringSchema().description("An English message for people").example("Enter a short subject."));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setRequired(List.of("field", "code", "message"));
        schema.description("One wrong field");
        return schema;
    }

    private static Map<String, ApiResponse> errorResponses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put(BAD_REQUEST, problem("Invalid input or a malformed body; `errors` lists every wrong field",
                ApiExamples.BAD_REQUEST));
        responses.put(UNAUTHORIZED, problem("No API key, or one that is unknown or revoked", ApiExamples.UNAUTHORIZED));
        responses.put(NOT_FOUND, problem("No complaint with this id, or one another integration created", ApiExamples.NOT_FOUND));
        responses.put(CONFLICT, problem("The same records were being written by another call at this moment; send the call again",
                ApiExamples.CONFLICT));
        responses.put(PAYLOAD_TOO_LARGE, problem("The request body is larger than the limit (10 MB by default)", ApiExamples.PAYLOAD_TOO_LARGE));
        responses.put(UNSUPPORTED_MEDIA_TYPE, problem("The body is not sent as application/json", ApiExamples.UNSUPPORTED_MEDIA_TYPE));
        responses.put(UNPROCESSABLE, problem("The Idempotency-Key was used before with a different body", ApiExamples.UNPROCESSABLE));
        responses.put(SERVER_ERROR, problem("An unexpected error; nothing was written. The reference is also in the portal's log",
                ApiExamples.SERVER_ERROR));
        return responses;
    }

    private static ApiResponse problem(String description, Map<String, io.swagger.v3.oas.models.examples.Example> examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        media.setExamples(examples);
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }
}

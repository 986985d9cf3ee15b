package com.cxops.portal.base.api;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bodies of real responses of the API, shown in the OpenAPI document. ApiContractTest provokes each of them and
 * checks that the real answer still has the documented status, title and error codes.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    static final Map<String, Example> BAD_REQUEST = examples(
            "invalidFields", "Invalid fields of a public statement", """
                    {"detail":"Invalid input","instance":"/api/complaints/1042/statements","status":400,"title":"Invalid input",
                     "errors":[{"field":"channel","code":"sla.statement.error.channel","message":"Choose where the statement was published."},
                               {"field":"text","code":"sla.statement.error.link-or-text","message":"Give the link to the statement or its text."},
                               {"field":"publishedAt","code":"sla.statement.error.when","message":"Give the time the statement was published."}]}
                    """,
            "invalidBatchItem", "An order of an unknown customer, first item of a batch", """
                    {"detail":"Invalid input","instance":"/api/orders","status":400,"title":"Invalid input",
                     "errors":[{"field":"[0].customerExternalId","code":"import.error.unknown-customer",
                                "message":"No customer with this id. Import the customers first."}]}
                    """,
            "malformed", "A body that is not JSON", """
                    {"detail":"Malformed request body","instance":"/api/complaints","status":400,"title":"Malformed request body",
                     "errors":[{"field":"","code":"api.error.malformed","message":"The request body is not valid JSON of the expected shape."}]}
                    """);

    static final Map<String, Example> UNAUTHORIZED = examples(
            "missingKey", "No X-API-Key header", """
                    {"type":"about:blank","title":"Unauthorized","status":401,"detail":"Send a valid API key in the X-API-Key header."}
                    """,
            "revokedKey", "An unknown or revoked key", """
                    {"type":"about:blank","title":"Unauthorized","status":401,"detail":"The API key is not valid or has been revoked."}
                    """);

    static final Map<String, Example> NOT_FOUND = examples(
            "unknownComplaint", "An unknown complaint, or another integration's", """
                    {"detail":"There is no such record, or it is not one this API key may read.","instance":"/api/complaints/2",
                     "status":404,"title":"Not Found","code":"api.error.not-found"}
                    """);

    static final Map<String, Example> CONFLICT = examples(
            "parallelWrite", "An identical batch was being written at the same moment", """
                    {"detail":"The same records were being written by another request at the same moment; send the request again.",
                     "instance":"/api/orders","status":409,"title":"Conflict","code":"api.error.conflict"}
                    """);

    static final Map<String, Example> PAYLOAD_TOO_LARGE = examples(
            "tooLarge", "A body over the limit", """
                    {"detail":"The request body is larger than the limit of this API.","status":413,"title":"Content Too Large",
                     "code":"api.error.too-large"}
                    """);

    static final Map<String, Example> UNSUPPORTED_MEDIA_TYPE = examples(
            "notJson", "A body sent as text/plain", """
                    {"detail":"Content-Type 'text/plain;charset=UTF-8' is not supported.","instance":"/api/complaints",
                     "status":415,"title":"Unsupported Media Type"}
                    """);

    static final Map<String, Example> UNPROCESSABLE = examples(
            "differentBody", "The same Idempotency-Key with another request", """
                    {"detail":"This Idempotency-Key was already used for a different request; use a new key for a new request.",
                     "instance":"/api/complaints","status":422,"title":"Unprocessable Entity","code":"api.error.idempotency-reused"}
                    """);

    static final Map<String, Example> SERVER_ERROR = examples(
            "unexpected", "An unexpected error", """
                    {"detail":"Something went wrong on our side; nothing was saved. Quote the reference when you contact support.",
                     "instance":"/api/complaints","status":500,"title":"Internal Server Error","code":"api.error.internal",
                     "reference":"0b6c2f0e-5b7e-4d43-9d4a-1f0c8f0a2b11"}
                    """);

    /** Pairs of name, summary and JSON text, in the order shown. */
    private static Map<String, Example> examples(String... nameSummaryJson) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (int i = 0; i < nameSummaryJson.length; i += 3) {
            examples.put(nameSummaryJson[i], new Example().summary(nameSummaryJson[i + 1]).value(json(nameSummaryJson[i + 2])));
        }
        return examples;
    }

    static Object json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

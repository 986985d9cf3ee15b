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
            "invalidFields", "Invalid fields of a complaint", """
                    {"type":"about:blank","title":"Invalid input","status":400,"detail":"Invalid input","instance":"/api/complaints",
                     "errors":[{"field":"subject","code":"complaint.error.subject","message":"Enter a short subject."},
                               {"field":"description","code":"complaint.error.description","message":"Describe the complaint."}]}
                    """,
            "invalidBatchItem", "A wrong type in the third item of a batch", """
                    {"type":"about:blank","title":"Invalid input","status":400,"detail":"Invalid input","instance":"/api/orders",
                     "errors":[{"field":"[2].amount","code":"api.error.type","message":"This field has the wrong type or format."}]}
                    """,
            "malformed", "A body that is not JSON", """
                    {"type":"about:blank","title":"Malformed request body","status":400,"detail":"Malformed request body",
                     "instance":"/api/complaints",
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
            "unknownComplaint", "No such complaint for this integration", """
                    {"type":"about:blank","title":"Not found","status":404,"detail":"No complaint 987654.","instance":"/api/complaints/987654"}
                    """);

    static final Map<String, Example> PAYLOAD_TOO_LARGE = examples(
            "tooLarge", "A body over the limit", """
                    {"type":"about:blank","title":"Payload too large","status":413,"detail":"The request body is larger than 10 MB.",
                     "instance":"/api/customers"}
                    """);

    static final Map<String, Example> UNSUPPORTED_MEDIA_TYPE = examples(
            "notJson", "A body sent as text/plain", """
                    {"type":"about:blank","title":"Unsupported Media Type","status":415,
                     "detail":"Content-Type 'text/plain;charset=UTF-8' is not supported.","instance":"/api/complaints"}
                    """);

    static final Map<String, Example> UNPROCESSABLE = examples(
            "differentBody", "The same Idempotency-Key with another body", """
                    {"type":"about:blank","title":"Idempotency key reused","status":422,
                     "detail":"This Idempotency-Key was used for a different request.","instance":"/api/complaints"}
                    """);

    static final Map<String, Example> SERVER_ERROR = examples(
            "unexpected", "An unexpected error", """
                    {"type":"about:blank","title":"Internal Server Error","status":500,
                     "detail":"An unexpected error occurred; reference 3f2a9c1e.","instance":"/api/complaints"}
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

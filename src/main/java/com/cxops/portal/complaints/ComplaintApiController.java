package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerFacts;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.api.ApiBody;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;

/**
 * Intake from other systems (API key, ROLE_INTEGRATION). With an Idempotency-Key header a retried call never
 * creates a second complaint: the first call answers 201, every replay 200 with the same complaint and the header
 * {@code Idempotent-Replayed: true}. The key is the sending integration's own; the same key with a different request
 * is refused with 422. Every field of a wrong JSON type is reported by name. Errors are RFC 9457 problem details
 * (see ApiExceptionHandler).
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintApiController {

    private final ComplaintIntakeService service;
    private final CustomerFacts customers;
    private final JsonMapper json;

    ComplaintApiController(ComplaintIntakeService service, CustomerFacts customers, JsonMapper json) {
        this.service = service;
        this.customers = customers;
        this.json = json;
    }

    /** The request's identity for idempotency: its values after parsing, so spacing or key order do not matter. */
    private static String hash(IntakeRequest request) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request body; enums take their code, e.g. "channel": "SOCIAL_MEDIA". */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintRequest")
    record IntakeRequest(String customerExternalId, String orderExternalId, ComplaintChannel channel, ComplaintCategory category,
                         String subject, String description, SpreadRisk spreadRisk, Integer affectedCount) {
    }

    /** affectedInferred: the count was taken from the complaint's text because the request left it at 1 or out. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Complaint")
    record IntakeResponse(long id, String number, Tier tier, String tierReason, ComplaintStatus status, Instant createdAt,
                          int affectedCount, boolean affectedInferred) {
        static IntakeResponse of(Complaint c) {
            return new IntakeResponse(c.getId(), c.getNumber(), c.getTier(), com.cxops.portal.complaints.tiering.TierReason.summary(c.getTierReason()),
                    c.getStatus(), c.getCreatedAt(), c.getAffectedCount(), c.isAffectedInferred());
        }
    }

    @PostMapping
    @io.swagger.v3.oas.annotations.Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = IntakeRequest.class)))) // the body's shape (read as JSON for field errors)
    ResponseEntity<IntakeResponse> create(@RequestBody JsonNode payload,
                                          @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        java.util.Map<String, String> typeErrors = new java.util.LinkedHashMap<>();
        IntakeRequest request = ApiBody.read(json, payload, IntakeRequest.class, "", typeErrors);
        if (request == null) {
            throw new InvalidInputException(typeErrors);
        }
        String hash = hash(request);
        String externalId = request.customerExternalId() == null ? "" : request.customerExternalId().trim();
        if (externalId.isEmpty()) {
            throw InvalidInputException.of("customerExternalId", "complaint.error.customer");
        }
        ComplaintForm form = new ComplaintForm();
        form.setCustomerId(customers.customerByExternalId(externalId).map(c -> c.getId()).orElse(-1L));
        form.setOrderExternalId(request.orderExternalId());
        form.setChannel(request.channel());
        form.setCategory(request.category());
        form.setSubject(request.subject());
        form.setDescription(request.description());
        form.setSpreadRisk(request.spreadRisk() == null ? SpreadRisk.PRIVATE : request.spreadRisk());
        form.setAffectedCount(request.affectedCount() == null ? 1 : request.affectedCount());
        ComplaintIntakeService.Intake intake;
        try {
            intake = service.createFromApi(form, idempotencyKey, hash);
        } catch (InvalidInputException e) {
            throw e.getFieldErrors().containsKey("customerId")
                    ? rename(e) : e;
        } catch (DataIntegrityViolationException e) {
            // Two calls with one key at the same moment: the unique key let one through; answer with its complaint.
            if (idempotencyKey == null || !ComplaintIntakeService.isIdempotencyConflict(e)) {
                throw e;
            }
            intake = new ComplaintIntakeService.Intake(service.findByIdempotencyKey(idempotencyKey.trim(), hash).orElseThrow(() -> e), true);
        }
        IntakeResponse body = IntakeResponse.of(intake.complaint());
        if (intake.replay()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/complaints/" + body.id())).body(body);
    }

    /** The complaint's number, tier and status, e.g. for the shop to show progress; 404 if unknown or another integration's. */
    @GetMapping("/{id}")
    IntakeResponse get(@PathVariable long id) {
        return IntakeResponse.of(service.getForIntegration(id));
    }

    /** The API names the customer by external id, so its error is reported on that field. */
    private static InvalidInputException rename(InvalidInputException e) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>(e.getFieldErrors());
        java.util.Map<String, Object[]> arguments = new java.util.HashMap<>();
        errors.keySet().forEach(f -> arguments.put(f.equals("customerId") ? "customerExternalId" : f, e.arguments(f)));
        errors.put("customerExternalId", errors.remove("customerId"));
        return new InvalidInputException(errors, arguments);
    }
}

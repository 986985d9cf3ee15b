package com.cxops.portal.sla;

import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.api.ApiBody;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * Another system (e.g. the social-media desk's tool, API key with ROLE_INTEGRATION) reports that a public statement
 * about a complaint was published: {@code POST /api/complaints/{id}/statements} with
 * {@code {"channel": "WEIBO", "link": "https://...", "text": "...", "publishedBy": "PR desk", "publishedAt": "2026-10-02T08:15:00Z"}}.
 * Errors are RFC 9457 problem details with the field names, as everywhere in the API; an unknown complaint id is 404.
 */
@RestController
class StatementApiController {

    record StatementRequest(StatementChannel channel, String link, String text, String publishedBy, Instant publishedAt) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "Statement")
    record StatementResponse(long id, long complaintId, StatementChannel channel, String link, String text, String publishedBy,
                             Instant publishedAt, String recordedBy, Instant recordedAt) {
        static StatementResponse of(PublicStatement s) {
            return new StatementResponse(s.getId(), s.getComplaintId(), s.getChannel(), s.getLink(), s.getText(), s.getPublishedBy(),
                    s.getPublishedAt(), s.getRecordedBy(), s.getRecordedAt());
        }
    }

    private final PublicStatementService statements;
    private final JsonMapper json;

    StatementApiController(PublicStatementService statements, JsonMapper json) {
        this.statements = statements;
        this.json = json;
    }

    @PostMapping("/api/complaints/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = StatementRequest.class)))) // the body's shape (read as JSON for field errors)
    StatementResponse publish(@PathVariable long id, @RequestBody JsonNode body) {
        java.util.Map<String, String> typeErrors = new java.util.LinkedHashMap<>();
        StatementRequest request = ApiBody.read(json, body, StatementRequest.class, "", typeErrors);
        if (request == null) {
            throw new InvalidInputException(typeErrors);
        }
        return StatementResponse.of(statements.publish(id, new PublicStatementService.StatementForm(request.channel(), request.link(),
                request.text(), request.publishedBy(), request.publishedAt())));
    }
}

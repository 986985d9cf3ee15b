package com.cxops.portal.sla;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Another system (e.g. the social-media desk's tool, API key with ROLE_INTEGRATION) reports that a public statement
 * about a complaint was published: {@code POST /api/complaints/{id}/statements} with
 * {@code {"channel": "WEIBO", "link": "https://...", "text": "...", "publishedBy": "PR desk", "publishedAt": "2026-10-02T08:15:00Z"}}.
 * Errors are RFC 9457 problem details with the field names, as everywhere in the API.
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

    StatementApiController(PublicStatementService statements) {
        this.statements = statements;
    }

    @PostMapping("/api/complaints/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    StatementResponse publish(@PathVariable long id, @RequestBody StatementRequest request) {
        return StatementResponse.of(statements.publish(id, new PublicStatementService.StatementForm(request.channel(), request.link(),
                request.text(), request.publishedBy(), request.publishedAt())));
    }
}

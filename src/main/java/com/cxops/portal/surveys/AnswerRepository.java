package com.cxops.portal.surveys;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    @org.springframework.data.jpa.repository.Query("select a.id from Answer a where a.followUpTaskId is null and "
            + "((a.kind = com.cxops.portal.surveys.SurveyKind.NPS and a.score <= 6) or "
            + "(a.kind = com.cxops.portal.surveys.SurveyKind.CSAT and a.score <= 2)) and a.answeredAt >= :since order by a.id")
    List<Long> unhappyWithoutFollowUp(@org.springframework.data.repository.query.Param("since") java.time.Instant since, Pageable pageable);

    Optional<Answer> findByInvitationId(long invitationId);

    List<Answer> findByComplaintIdOrderByAnsweredAtDesc(long complaintId);

    Slice<Answer> findByCustomerIdOrderByAnsweredAtDescIdDesc(long customerId, Pageable pageable);
}

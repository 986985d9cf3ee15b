package com.cxops.portal.surveys;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByInvitationId(long invitationId);

    List<Answer> findByComplaintIdOrderByAnsweredAtDesc(long complaintId);

    Slice<Answer> findByCustomerIdOrderByAnsweredAtDescIdDesc(long customerId, Pageable pageable);
}

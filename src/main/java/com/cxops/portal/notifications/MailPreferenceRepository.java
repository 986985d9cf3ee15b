package com.cxops.portal.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {

    Optional<MailPreference> findByUsernameAndType(String username, String type);

    List<MailPreference> findByUsername(String username);
}

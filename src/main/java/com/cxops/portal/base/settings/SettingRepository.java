package com.cxops.portal.base.settings;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SettingRepository extends JpaRepository<Setting, Long> {
    Optional<Setting> findByKey(String key);
}

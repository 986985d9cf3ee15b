package com.cxops.portal.security;

import com.cxops.portal.base.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    Optional<StaffMember> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select s from StaffMember s
            where (:text is null or lower(s.username) like :text or lower(s.displayName) like :text or lower(s.email) like :text)
            """)
    Slice<StaffMember> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("select distinct s from StaffMember s join s.roles r where r = :role and s.enabled = true order by s.displayName, s.id")
    List<StaffMember> findEnabledByRole(@Param("role") Role role);
}

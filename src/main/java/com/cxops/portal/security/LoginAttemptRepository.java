package com.cxops.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    /** Failures of a username since its last successful login (a success resets the count). */
    @Query("""
            select a.attemptedAt from LoginAttempt a
            where a.username = :username and a.outcome = com.cxops.portal.security.LoginAttempt.Outcome.FAILURE
              and a.attemptedAt >= :since
              and a.attemptedAt > coalesce((select max(s.attemptedAt) from LoginAttempt s
                    where s.username = :username and s.outcome = com.cxops.portal.security.LoginAttempt.Outcome.SUCCESS
                      and s.attemptedAt >= :since), :since)
            order by a.attemptedAt desc
            """)
    List<Instant> failuresOfUsername(@Param("username") String username, @Param("since") Instant since);

    /** Failures of a username from one address since its last successful login from there. */
    @Query("""
            select a.attemptedAt from LoginAttempt a
            where a.username = :username and a.address = :address
              and a.outcome = com.cxops.portal.security.LoginAttempt.Outcome.FAILURE
              and a.attemptedAt >= :since
              and a.attemptedAt > coalesce((select max(s.attemptedAt) from LoginAttempt s
                    where s.username = :username and s.address = :address
                      and s.outcome = com.cxops.portal.security.LoginAttempt.Outcome.SUCCESS
                      and s.attemptedAt >= :since), :since)
            order by a.attemptedAt desc
            """)
    List<Instant> failuresOfUsernameFromAddress(@Param("username") String username, @Param("address") String address,
                                                @Param("since") Instant since);

    @Query("""
            select a.attemptedAt from LoginAttempt a
            where a.address = :address and a.outcome = com.cxops.portal.security.LoginAttempt.Outcome.FAILURE
              and a.attemptedAt >= :since
            order by a.attemptedAt desc
            """)
    List<Instant> failuresOfAddress(@Param("address") String address, @Param("since") Instant since);

    @Modifying
    @Query("delete from LoginAttempt a where a.attemptedAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}

package com.cxops.portal.concierge;

import com.cxops.portal.customers.MembershipLevel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

interface AbsenceRepository extends JpaRepository<Absence, Long> {

    @Query("select a from Absence a where a.staffId = :staff and a.cancelled = false and a.startsOn <= :to and a.endsOn >= :from")
    List<Absence> overlapping(@Param("staff") @Nullable long staff, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select a from Absence a where a.deputyId = :deputy and a.cancelled = false and a.startsOn <= :to and a.endsOn >= :from")
    List<Absence> deputisingIn(@Param("deputy") long deputy, @Param("from") LocalDate from, @Param("to") LocalDate to);

    // an absence that is over stays listed while its hand-over is still to be handed back
    @Query("select a from Absence a where (:staff is null or a.staffId = :staff or a.deputyId = :staff) and ((a.cancelled = false "
            + "and a.endsOn >= :from) or exists (select h.id from HandOver h where h.absenceId = a.id and h.returnedAt is null)) "
            + "order by a.startsOn asc, a.id asc")
    Slice<Absence> current(@Param("staff") @Nullable Long staff, @Param("from") LocalDate from, Pageable pageable);
}

interface VipRightRepository extends JpaRepository<VipRight, Long> {

    List<VipRight> findByMembershipLevelAndActiveTrueOrderByCodeAsc(MembershipLevel level);

    List<VipRight> findAllByOrderByMembershipLevelAscCodeAsc();

    Optional<VipRight> findByCodeAndMembershipLevel(String code, MembershipLevel level);
}

interface VipRightUseRepository extends JpaRepository<VipRightUse, Long> {

    Optional<VipRightUse> findByTaskId(long taskId);

    /** Delivered uses of a right (by its code) in a year that count against the allowance of this membership level. */
    @Query("select count(u) from VipRightUse u, VipRight r where r.id = u.rightId and u.customerId = :customer and r.code = :code "
            + "and u.membershipLevel = :level and u.usageYear = :year and u.delivered = true")
    long delivered(@Param("customer") long customer, @Param("code") String code, @Param("level") MembershipLevel level,
                   @Param("year") int year);

    /** Per right code, the delivered uses of a year made while the customer had this membership level. */
    @Query("select r.code, count(u) from VipRightUse u, VipRight r where r.id = u.rightId and u.customerId = :customer "
            + "and u.membershipLevel = :level and u.usageYear = :year and u.delivered = true group by r.code")
    List<Object[]> deliveredByCode(@Param("customer") long customer, @Param("level") MembershipLevel level, @Param("year") int year);
}

interface ContactRepository extends JpaRepository<ContactEntry, Long> {

    @Query("select e from ContactEntry e where e.customerId = :customer order by e.contactedAt desc, e.id desc")
    Slice<ContactEntry> ofCustomer(@Param("customer") long customer, Pageable pageable);

    @Query("select e.customerId, max(e.contactedAt) from ContactEntry e where e.customerId in :ids group by e.customerId")
    List<Object[]> lastContacts(@Param("ids") Collection<Long> ids);

    boolean existsByTaskId(long taskId);
}

interface HandOverRepository extends JpaRepository<HandOver, Long> {

    Optional<HandOver> findFirstByAbsenceIdAndReturnedAtIsNullOrderByIdDesc(long absenceId);
}

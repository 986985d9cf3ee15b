package com.cxops.portal.tasks;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("select t from Task t where t.ownerId = :owner and t.status in :statuses order by t.id")
    List<Task> allOfOwner(@Param("owner") long owner, @Param("statuses") Collection<TaskStatus> statuses);

    @Query("select t from Task t where t.sourceType = :type and t.sourceId = :id and t.type.id = :typeId")
    Optional<Task> findBySource(@Param("type") TaskSourceType type, @Param("id") String id, @Param("typeId") long typeId);

    @Query("select t from Task t where t.customerId in :customers and t.status in :statuses order by t.id")
    List<Task> openOfCustomers(@Param("customers") Collection<Long> customers, @Param("statuses") Collection<TaskStatus> statuses);

    /** Claim: only while nobody owns it and it is open, so of two people at once exactly one changes the row. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Task t set t.ownerId = :staff, t.version = t.version + 1, t.updatedAt = :at, t.updatedBy = :who "
            + "where t.id = :id and t.ownerId is null and t.status = com.cxops.portal.tasks.TaskStatus.OPEN")
    int claim(@Param("id") long id, @Param("staff") long staff, @Param("at") Instant at, @Param("who") String who);

    @Query("select count(t) from Task t where t.ownerId = :owner and t.status in :statuses and t.dueAt < :before")
    long countOwnedDueBefore(@Param("owner") long owner, @Param("statuses") Collection<TaskStatus> statuses, @Param("before") Instant before);

    /** Per owner: open tasks, those due before {@code weekEnd}, those due before {@code now} (overdue). */
    @Query("""
            select t.ownerId, count(t),
                   sum(case when t.dueAt < :weekEnd then 1 else 0 end),
                   sum(case when t.dueAt < :now then 1 else 0 end)
            from Task t where t.ownerId is not null and t.status in :open group by t.ownerId""")
    List<Object[]> loadByOwner(@Param("weekEnd") Instant weekEnd, @Param("now") Instant now, @Param("open") Collection<TaskStatus> open);

    @Query("select t.customerId, count(t) from Task t where t.customerId in :ids and t.status in :open group by t.customerId")
    List<Object[]> openCountByCustomer(@Param("ids") Collection<Long> ids, @Param("open") Collection<TaskStatus> open);
}

interface TaskTypeRepository extends JpaRepository<TaskType, Long> {

    Optional<TaskType> findByCode(String code);

    List<TaskType> findAllByOrderByPositionAscIdAsc();
}

interface TaskEventRepository extends JpaRepository<TaskEvent, Long> {

    List<TaskEvent> findByTaskIdOrderByAtAscIdAsc(long taskId);
}

package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditFields;
import com.cxops.portal.base.Actors;
import com.cxops.portal.base.access.AdminOnly;
import com.cxops.portal.base.access.AnyCaller;
import com.cxops.portal.base.AuditTrail;
import com.cxops.portal.base.ConcurrentEditException;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.StaffDirectory;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Teams with their queues: administrators set them up; everyone working complaints reads them. */
@Service
@Transactional
@Validated
public class TeamService {

    private final TeamRepository teams;
    private final Viewers viewers;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    TeamService(TeamRepository teams, StaffDirectory staff, AuditTrail audit, Clock clock, Viewers viewers) {
        this.viewers = viewers;
        this.teams = teams;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @AnyCaller
    @Transactional(readOnly = true)
    public List<Team> list() {
        return teams.findAllByOrderByNameAscIdAsc();
    }

    @AnyCaller
    @Transactional(readOnly = true)
    public Optional<Team> find(long id) {
        return teams.findById(id);
    }

    @AdminOnly
    public Team create(@Valid TeamForm form) {
        validate(form, null);
        Team t = new Team(form.getName().trim());
        apply(t, form);
        try {
            t = teams.saveAndFlush(t);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("name", "team.error.name-taken");
        }
        viewers.forgetAll();
        audit.record("TEAM_CREATED", "Team", t.getId(), describe(t).created("Team"));
        return t;
    }

    @AdminOnly
    public Team update(long id, @Valid TeamForm form) {
        Team t = teams.findById(id).orElseThrow(() -> InvalidInputException.of("", "error.not-found"));
        ConcurrentEditException.check(t, form.getVersion());
        validate(form, t);
        AuditFields before = describe(t);
        t.setName(form.getName().trim());
        apply(t, form);
        try {
            t = teams.saveAndFlush(t);
        } catch (ObjectOptimisticLockingFailureException e) {
            Team current = teams.findById(id).orElseThrow();
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("name", "team.error.name-taken");
        }
        viewers.forgetAll();
        audit.record("TEAM_UPDATED", "Team", id, describe(t).changedFrom(before, "Team"));
        return t;
    }

    private void validate(TeamForm form, Team existing) {
        String name = ComplaintService.trim(form.getName());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.addIf(!name.isEmpty() && (existing == null || !existing.getName().equalsIgnoreCase(name)) && teams.existsByNameIgnoreCase(name),
                "name", "team.error.name-taken");
        errors.addIf(form.getLeadId() != null && staff.find(form.getLeadId()).isEmpty(), "leadId", "team.error.lead");
        errors.addIf(form.getMemberIds().stream().anyMatch(m -> staff.find(m).isEmpty()), "memberIds", "team.error.members");
        errors.throwIfAny();
    }

    private void apply(Team t, TeamForm form) {
        t.setLeadId(form.getLeadId());
        t.setMemberIds(form.getMemberIds());
        t.touch(clock.instant(), Actors.current());
    }

    private static AuditFields describe(Team t) {
        return AuditFields.of().add("audit.detail.field.name", t.getName()).add("audit.detail.field.lead", AuditDetails.person(t.getLeadId()))
                .add("audit.detail.field.members", t.getMemberIds().stream().sorted().map(AuditDetails::person).toList());
    }
}

package com.cxops.portal.sla;

import com.cxops.portal.SpringTestBase;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.base.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DutyRosterServiceTest extends SpringTestBase {

    @Autowired
    DutyRosterService roster;
    @Autowired
    StaffDirectory staff;

    /** A moment far ahead that no other test uses, so shifts never collide in the shared database. */
    private static Instant someFutureHour() {
        return Instant.parse("2090-01-01T00:00:00Z").plus(Duration.ofHours(ThreadLocalRandom.current().nextLong(24 * 365 * 50)));
    }

    private static Map<String, String> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getFieldErrors();
        }
        throw new AssertionError("expected InvalidInputException");
    }

    @Test
    void executive_on_duty_is_found_by_time() {
        String exec = unique("ex");
        testStaff.ensure(exec, Role.EXECUTIVE);
        actAsNew(Role.ADMIN);
        Instant start = someFutureHour();
        roster.add(exec, start, start.plus(Duration.ofHours(8)), "night");
        assertThat(roster.executivesOnDuty(start)).containsExactly(exec);
        assertThat(roster.executivesOnDuty(start.plus(Duration.ofHours(7).plusMinutes(59)))).containsExactly(exec);
        List<String> everyone = staff.withRole(Role.EXECUTIVE).stream().map(StaffDirectory.StaffContact::username).toList();
        assertThat(roster.executivesOnDuty(start.plus(Duration.ofHours(8)))).as("end is exclusive: nobody on duty, so everyone")
                .containsExactlyElementsOf(everyone);
        assertThat(roster.gaps(start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(9)))).containsExactly(
                new Interval(start.minus(Duration.ofHours(1)), start), new Interval(start.plus(Duration.ofHours(8)), start.plus(Duration.ofHours(9))));
    }

    @Test
    void nobody_on_duty_falls_back_to_every_executive() {
        String exec = unique("ex");
        testStaff.ensure(exec, Role.EXECUTIVE);
        List<String> everyone = staff.withRole(Role.EXECUTIVE).stream().map(StaffDirectory.StaffContact::username).toList();
        assertThat(roster.executivesOnDuty(Instant.parse("2300-01-01T00:00:00Z"))).contains(exec).containsExactlyElementsOf(everyone);
    }

    @Test
    void bad_shifts_are_refused_and_nothing_is_saved() {
        String exec = unique("ex");
        String agent = unique("ag");
        testStaff.ensure(exec, Role.EXECUTIVE);
        testStaff.ensure(agent, Role.AGENT);
        actAsNew(Role.ADMIN);
        Instant start = someFutureHour();
        assertThat(errors(() -> roster.add(agent, start, start.plusSeconds(3600), null))).containsEntry("executive", "roster.error.executive");
        assertThat(errors(() -> roster.add(exec, start, start, null))).containsEntry("endsAt", "roster.error.order");
        assertThat(errors(() -> roster.add(exec, null, null, null))).containsKeys("startsAt", "endsAt");
        assertThat(errors(() -> roster.add(exec, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-02T00:00:00Z"), null)))
                .containsEntry("endsAt", "roster.error.past");
        assertThat(errors(() -> roster.add(exec, start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(6)), "n".repeat(DutyShift.NOTE_MAX + 1))))
                .as("a note over its limit says the limit").containsExactly(java.util.Map.entry("note", com.cxops.portal.base.InvalidInputException.TOO_LONG));
        roster.add(exec, start, start.plus(Duration.ofHours(4)), null);
        assertThat(errors(() -> roster.add(exec, start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(6)), null)))
                .containsEntry("startsAt", "roster.error.overlap");
        assertThat(roster.gaps(start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(6))))
                .as("the refused shift was not saved").containsExactly(new Interval(start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(6))));
    }

    @Test
    void only_administrators_edit_the_roster() {
        actAsNew(Role.EXECUTIVE);
        assertThatThrownBy(() -> roster.add("x", Instant.now(), Instant.now(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.gapsAhead()).isInstanceOf(AccessDeniedException.class);
    }
}

package com.cxops.portal.complaints;

import com.cxops.portal.base.AuditDetails;
import com.cxops.portal.base.AuditWords;
import org.springframework.stereotype.Component;

import java.util.function.BiFunction;

/**
 * A team in the audit trail by its name (a task's team pool, "Team pool: Returns desk"), not its number; a team no
 * longer there keeps its number.
 */
@Component
public class TeamAuditWords implements AuditWords {

    static final String KIND = "team";

    private final TeamRepository teams;

    TeamAuditWords(TeamRepository teams) {
        this.teams = teams;
    }

    public static AuditDetails.Arg team(Long id) {
        return AuditDetails.coded(KIND, id == null ? null : String.valueOf(id));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String words(String stored, BiFunction<String, Object[], String> translate) {
        try {
            return teams.findById(Long.parseLong(stored)).map(Team::getName).orElse("#" + stored);
        } catch (NumberFormatException e) {
            return stored;
        }
    }
}

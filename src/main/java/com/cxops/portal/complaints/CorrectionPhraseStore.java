package com.cxops.portal.complaints;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The analyzed phrases of corrected complaints (table tier_correction_phrase), written when a correction is recorded
 * and counted with GROUP BY for the corrections report.
 */
@Component
class CorrectionPhraseStore {

    static final int PHRASE_MAX = 200;

    private final JdbcTemplate jdbc;

    CorrectionPhraseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One phrase of one correction: ADD carries the tier chosen, EXCLUDE the rule that matched. */
    record Row(TextTieringService.ProposalKind kind, Tier tier, Long ruleId, String key, String phrase) {
    }

    /** A phrase counted over corrections: how many, and the newest correction that had it. */
    record Count(TextTieringService.ProposalKind kind, Tier tier, Long ruleId, String key, int corrections, long newest) {
    }

    record Example(String phrase, String text) {
    }

    void save(long correctionId, Collection<Row> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO tier_correction_phrase (correction_id, kind, tier, rule_id, phrase_key, phrase) VALUES (?, ?, ?, ?, ?, ?)",
                    rows.stream().map(r -> new Object[]{correctionId, r.kind().name(), r.tier() == null ? null : r.tier().name(), r.ruleId(),
                            r.key(), r.phrase()}).toList());
        }
        jdbc.update("UPDATE tier_correction SET phrases_analyzed = TRUE WHERE id = ?", correctionId);
    }

    /** Corrections recorded before phrases were stored, oldest first. */
    int unanalyzedCount() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM tier_correction WHERE phrases_analyzed = FALSE", Integer.class);
        return n == null ? 0 : n;
    }

    List<Long> unanalyzed(int limit) {
        return jdbc.queryForList("SELECT id FROM tier_correction WHERE phrases_analyzed = FALSE ORDER BY id LIMIT ?", Long.class, limit);
    }

    /**
     * Phrases found in at least {@code min} corrections, most frequent first (exclusions before additions on a tie),
     * at most {@code limit}.
     */
    List<Count> counts(int min, int limit) {
        return jdbc.query("""
                        SELECT kind, tier, rule_id, phrase_key, COUNT(DISTINCT correction_id) AS n, MAX(correction_id) AS newest
                        FROM tier_correction_phrase
                        GROUP BY kind, tier, rule_id, phrase_key
                        HAVING COUNT(DISTINCT correction_id) >= ?
                        ORDER BY n DESC, kind DESC, phrase_key, tier, rule_id
                        LIMIT ?""",
                (rs, i) -> new Count(TextTieringService.ProposalKind.valueOf(rs.getString(1)), rs.getString(2) == null ? null : Tier.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4), rs.getInt(5), rs.getLong(6)), min, limit);
    }

    /** For each counted phrase: the phrase as written and the text of its newest correction. */
    Map<String, Example> examples(Collection<Count> counts) {
        Map<String, Example> out = new HashMap<>();
        if (counts.isEmpty()) {
            return out;
        }
        String ids = counts.stream().map(c -> Long.toString(c.newest())).distinct().collect(Collectors.joining(","));
        jdbc.query("SELECT p.correction_id, p.kind, p.phrase_key, p.phrase, c.text FROM tier_correction_phrase p JOIN tier_correction c ON c.id = p.correction_id"
                + " WHERE p.correction_id IN (" + ids + ") ORDER BY p.id", rs -> {
            out.putIfAbsent(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3), new Example(rs.getString(4), rs.getString(5)));
        });
        return out;
    }

    static String exampleKey(Count c) {
        return c.newest() + "|" + c.kind().name() + "|" + c.key();
    }
}

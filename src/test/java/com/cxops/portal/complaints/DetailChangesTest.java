package com.cxops.portal.complaints;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

class DetailChangesTest {

    private static final Map<String, String> EN = Map.of("complaint.spread-risk", "Spread risk", "complaint.affected", "Customers affected",
            "complaint.subject", "Subject", "spread.PRIVATE", "Private", "spread.MEDIA_VIRAL", "Media or viral",
            "timeline.change", "{0} {1} → {2}", "timeline.change.separator", "; ");

    private static final BiFunction<String, Object[], String> T = (key, args) ->
            new java.text.MessageFormat(EN.getOrDefault(key, "!" + key), java.util.Locale.ENGLISH).format(args);

    private static DetailChanges.Snapshot snapshot(SpreadRisk spread, int affected, String subject) {
        return new DetailChanges.Snapshot(ComplaintCategory.OTHER, ComplaintChannel.EMAIL, spread, affected, null, subject, "d");
    }

    @Test
    void an_edit_reads_as_labels_and_words_not_enum_names() {
        String stored = DetailChanges.encode(snapshot(SpreadRisk.PRIVATE, 1, "Late"), snapshot(SpreadRisk.MEDIA_VIRAL, 5, "Very late"));
        assertThat(DetailChanges.render(stored, T)).isEqualTo("spread risk Private → Media or viral; customers affected 1 → 5; subject");
    }

    @Test
    void nothing_changed_stores_nothing() {
        assertThat(DetailChanges.encode(snapshot(SpreadRisk.PRIVATE, 1, "Late"), snapshot(SpreadRisk.PRIVATE, 1, "Late"))).isEmpty();
    }

    @Test
    void an_entry_written_before_this_format_is_shown_as_it_was() {
        assertThat(DetailChanges.render("OTHER, EMAIL, PRIVATE, affected 1", T)).isEqualTo("OTHER, EMAIL, PRIVATE, affected 1");
    }
}

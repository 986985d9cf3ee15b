package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.SpreadRisk;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** UI.md: people read names, not usernames, on the complaint page's header and timeline, in their language. */
class ComplaintActorNamesTest extends ComplaintUiTestSupport {

    /** In this test's own year, so that no other test's time window sees its complaints. */
    private static final Instant NOW = Instant.parse("2045-03-01T09:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    private List<String> timelineWho() {
        return staticTexts("timeline", ".cx-timeline-meta").stream()
                .map(t -> t.substring(t.lastIndexOf(" · ") + 3)).toList();
    }

    private String createdBy() {
        String fact = staticText("fact-created");
        return fact.substring(fact.lastIndexOf(" · ") + 3);
    }

    @Test
    void the_page_names_the_staff_member_who_logged_the_complaint_not_their_username() {
        clock.set(NOW);
        Complaint c = complaint(unique("Names "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(createdBy()).isEqualTo("Test " + c.getCreatedBy());
        assertThat(timelineWho()).isNotEmpty().containsOnly("Test " + c.getCreatedBy());
    }

    @Test
    void steps_of_the_demo_data_and_of_an_integration_are_named_in_words_in_english_and_chinese() {
        clock.set(NOW);
        Complaint c = complaint(unique("Names "), SpreadRisk.PRIVATE, ComplaintCategory.OTHER);
        jdbc.update("UPDATE complaint SET created_by = 'demo' WHERE id = ?", c.getId());
        jdbc.update("UPDATE complaint_timeline SET actor = 'api:shop' WHERE complaint_id = ?", c.getId());
        loginNew(Role.MANAGER);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(createdBy()).isEqualTo("Demo data");
        assertThat(timelineWho()).isNotEmpty().containsOnly("Integration shop");

        setLanguage(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("complaints/" + c.getId());
        assertThat(createdBy()).isEqualTo("演示数据");
        assertThat(timelineWho()).isNotEmpty().containsOnly("集成系统 shop");
    }
}

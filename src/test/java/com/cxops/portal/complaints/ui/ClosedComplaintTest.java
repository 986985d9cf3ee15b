package com.cxops.portal.complaints.ui;

import com.cxops.portal.audit.AuditFilter;
import com.cxops.portal.audit.AuditService;
import com.cxops.portal.base.InvalidInputException;
import com.cxops.portal.base.Role;
import com.cxops.portal.complaints.Complaint;
import com.cxops.portal.complaints.ComplaintCategory;
import com.cxops.portal.complaints.ComplaintStatus;
import com.cxops.portal.complaints.CorrectiveAction;
import com.cxops.portal.complaints.RcaDimension;
import com.cxops.portal.complaints.RcaFinding;
import com.cxops.portal.complaints.RootCauseService;
import com.cxops.portal.complaints.SpreadRisk;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosedComplaintTest extends ComplaintUiTestSupport {

    @Autowired
    RootCauseService rca;
    @Autowired
    AuditService audit;

    private void completeAnalysis(long complaintId, long ownerId) {
        for (RcaDimension d : RcaDimension.values()) {
            RcaFinding f = rca.addFinding(complaintId, d, "Finding " + d);
            rca.addAction(f.getId(), "Fix " + d, ownerId, LocalDate.of(2030, 1, 1));
        }
    }

    private Complaint resolvedMajor() {
        Complaint c = complaint(unique("Viral "), SpreadRisk.MEDIA_VIRAL, ComplaintCategory.OTHER);
        for (ComplaintStatus s : List.of(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED)) {
            workflow.transition(c.getId(), s, service.get(c.getId()).getVersion());
        }
        return c;
    }

    @Test
    void a_closed_complaint_is_read_only_except_reopen_and_notes() {
        String manager = loginNew(Role.MANAGER);
        Complaint c = resolvedMajor();
        completeAnalysis(c.getId(), testStaff.get(manager).getId());
        UI.getCurrent().navigate("complaints/" + c.getId());
        Button close = _get(Button.class, s -> s.withId("transition-CLOSED"));
        assertThat(close.isEnabled()).as("analysis complete").isTrue();
        _click(close);
        assertThat(_get(Span.class, s -> s.withId("complaint-status")).getText()).isEqualTo("Closed");
        assertThat(_get(Span.class, s -> s.withId("complaint-read-only")).getText()).startsWith("Closed: read only");
        assertThat(_find(Button.class, s -> s.withId("complaint-edit"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("complaint-change-tier"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("complaint-assign"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("comp-add"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("rca-add-finding"))).isEmpty();
        assertThat(_get(Button.class, s -> s.withId("transition-REOPENED")).isEnabled()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("note-text")), "Called back after closing");
        _click(_get(Button.class, s -> s.withId("note-add")));
        assertThat(timeline(c.getId())).anyMatch(t -> "Called back after closing".equals(t.getBody()));
        assertThatThrownBy(() -> workflow.changeTier(c.getId(), com.cxops.portal.complaints.Tier.NORMAL, "later",
                service.get(c.getId()).getVersion())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_corrective_action_added_by_mistake_can_be_removed_and_the_removal_is_audited() {
        String manager = loginNew(Role.MANAGER);
        Complaint c = resolvedMajor();
        RcaFinding f = rca.addFinding(c.getId(), RcaDimension.PROCESS, "Courier hand-over unchecked");
        CorrectiveAction wrong = rca.addAction(f.getId(), "Wrong action " + c.getId(), testStaff.get(manager).getId(), LocalDate.of(2030, 1, 1));
        UI.getCurrent().navigate("complaints/" + c.getId());
        _click(_get(Button.class, s -> s.withId("rca-remove-action-" + wrong.getId())));
        assertThat(rca.actions(c.getId())).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("rca-remove-action-" + wrong.getId()))).isEmpty();
        assertThat(audit.search(new AuditFilter(manager, "CORRECTIVE_ACTION_REMOVED", "Complaint", String.valueOf(c.getId()), null, null),
                org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(e -> assertThat(e.getDetails()).contains("Wrong action " + c.getId()));
    }
}
